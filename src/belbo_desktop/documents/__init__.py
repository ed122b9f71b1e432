"""Documents the app produces: PDFs (reportlab), spreadsheets, CSV, JSON, QR codes."""
