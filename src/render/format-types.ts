// The names of the report formats and layouts, on their own so the renderers can name them
// without importing the registry that loads them (render/formats.ts).
export type ReportFormat = 'md' | 'html' | 'json' | 'csv' | 'docx' | 'pdf';
export type TemplateFormat = 'md' | 'html';
/** The layouts a Word report can have: the bundled templates' names. */
export type DocxLayout = 'report' | 'committee';
export const DOCX_LAYOUTS: readonly DocxLayout[] = ['report', 'committee'];
