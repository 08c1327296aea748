// A one-off confirmation ("Saved", "Deleted") shown by the app shell on the page it was meant for.
class Flash {
  message = $state<string | null>(null);
  path = $state<string | null>(null);

  show(message: string, path: string): void {
    this.message = message;
    this.path = path;
  }

  clear(): void {
    this.message = null;
    this.path = null;
  }
}

export const flash = new Flash();
