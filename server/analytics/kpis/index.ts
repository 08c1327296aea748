// The KPI catalogue, its sources and the goal status rule (see README.md in server/analytics).
export * from './catalogue.ts';
export * from './goal-status.ts';
export { NETWORK_KPIS, networkKpiSource, type NetworkKpi, type NetworkPeriod, type NetworkHistoryReader } from './network-kpis.ts';
export { attendanceByQuarter, attendanceKpiSource, type AttendanceReader, type DatedMeetingAttendance } from './attendance-kpi.ts';
export { EVALUATION_KPIS, evaluationKpiSource, type EvaluationKpi, type EvaluationSeries } from './evaluation-kpis.ts';
