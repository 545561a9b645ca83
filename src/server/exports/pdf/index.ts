export { assessmentReportHtml } from './report-html.js';
export {
  CHROMIUM_PATH,
  PdfRendererMissingError,
  closeReportBrowser,
  renderReportPdf,
} from './render-pdf.js';
