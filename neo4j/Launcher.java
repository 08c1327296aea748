// Runs Neo4j Community for neo4j/embedded.ts and ties its life to the Node process that spawned it.
//
// Node keeps our stdin open as a pipe and never closes it on purpose. When Node ends for any
// reason, SIGKILL included, the kernel closes its end of the pipe, our read sees EOF, and we exit;
// Neo4j's shutdown hook then stops the database cleanly. Without this the JVM would outlive a
// crashed parent and keep the store lock, so the next start would fail.
//
// neo4j/distribution.ts compiles it once into .data/neo4j-dist/<version>/launcher/ (the single-file
// source launcher, `java -cp '<lib>/*' neo4j/Launcher.java`, works too but recompiles on every start,
// 2.5 to 4.5 s against Neo4j's class path). Arguments are CommunityEntryPoint's: --home-dir, --config-dir.

import java.io.IOException;
import java.io.InputStream;

public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Thread parentWatch = new Thread(Launcher::exitWhenStdinCloses, "parent-process-watch");
        // A daemon thread never keeps the JVM alive on its own.
        parentWatch.setDaemon(true);
        parentWatch.start();
        org.neo4j.server.CommunityEntryPoint.main(args);
    }

    private static void exitWhenStdinCloses() {
        byte[] buffer = new byte[256];
        InputStream stdin = System.in;
        try {
            while (stdin.read(buffer) != -1) {
                // Whatever the parent writes is irrelevant; only the end of the stream matters.
            }
        } catch (IOException closed) {
            // A broken pipe means the same as EOF: the parent is gone.
        }
        System.exit(0);
    }
}
