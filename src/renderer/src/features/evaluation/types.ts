export type { CsvMapping, Measure } from '../../../../shared/domain';
export type { ProcedureOutput } from '../../../../shared/api';
