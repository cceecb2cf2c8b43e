import CPangoCairo
import Foundation

/// One PDF being drawn: a Cairo PDF surface written to memory and the one Pango layout every
/// piece of text goes through. Not Sendable (Cairo's and Pango's handles are not): made,
/// drawn and finished inside one call to `PDFRenderer.render`.
final class PDFCanvas {
  static let pageWidth = 595.276  // A4, in points
  static let pageHeight = 841.89

  enum Font { case regular, bold, small, title }

  private let sink: PDFSink
  private let surface: OpaquePointer
  private let cr: OpaquePointer
  private let layout: OpaquePointer
  private let fonts: [Font: OpaquePointer]

  /// `created` is written as the PDF's CreationDate, so the same desk gives the same bytes.
  init(created: Date, title: String) {
    sink = PDFSink()
    let box = Unmanaged.passUnretained(sink).toOpaque()
    surface = cairo_pdf_surface_create_for_stream(
      { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<PDFSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(data, count: Int(length))
        return CAIRO_STATUS_SUCCESS
      }, box, PDFCanvas.pageWidth, PDFCanvas.pageHeight)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, PDFCanvas.pdfDate(created))
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
    cr = cairo_create(surface)
    layout = pango_cairo_create_layout(cr)
    let context = pango_layout_get_context(layout)
    // 72 dpi: a 10 pt font is 10 pt on the page (Pango's default 96 makes it 13.3).
    pango_cairo_context_set_resolution(context, 72)
    // Glyphs at their true positions, not snapped to whole points.
    pango_context_set_round_glyph_positions(context, 0)
    pango_layout_context_changed(layout)
    var fonts: [Font: OpaquePointer] = [:]
    for (font, name) in [(Font.regular, "DejaVu Sans 8.5"), (.bold, "DejaVu Sans Bold 8.5"), (.small, "DejaVu Sans 7"),
      (.title, "DejaVu Sans Bold 16")]
    {
      if let description = pango_font_description_from_string(name) { fonts[font] = description }
    }
    self.fonts = fonts
  }

  deinit {
    for description in fonts.values { pango_font_description_free(description) }
    g_object_unref(UnsafeMutableRawPointer(layout))
    cairo_destroy(cr)
    cairo_surface_destroy(surface)
  }

  /// Sets `text` in the layout: `width` nil is one line as long as it is; else wrapped to it.
  private func set(_ text: String, font: Font, width: Double?, align: Align) {
    if let description = fonts[font] { pango_layout_set_font_description(layout, description) }
    pango_layout_set_width(layout, width.map { Int32($0 * Double(PANGO_SCALE)) } ?? -1)
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    switch align {
    case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
    case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
    case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
    }
    pango_layout_set_text(layout, text, -1)
  }

  /// The size `text` takes, in points.
  func measure(_ text: String, font: Font = .regular, width: Double? = nil) -> (width: Double, height: Double) {
    set(text, font: font, width: width, align: .left)
    var w: Int32 = 0
    var h: Int32 = 0
    pango_layout_get_size(layout, &w, &h)
    return (Double(w) / Double(PANGO_SCALE), Double(h) / Double(PANGO_SCALE))
  }

  /// Draws `text` with its top left at (x, y), wrapped to `width` if given; returns its height.
  @discardableResult
  func text(_ text: String, x: Double, y: Double, width: Double? = nil, font: Font = .regular, align: Align = .left, grey: Bool = false)
    -> Double
  {
    set(text, font: font, width: width, align: align)
    var w: Int32 = 0
    var h: Int32 = 0
    pango_layout_get_size(layout, &w, &h)
    let shade = grey ? 0.4 : 0
    cairo_set_source_rgb(cr, shade, shade, shade)
    cairo_move_to(cr, x, y)
    pango_cairo_update_layout(cr, layout)
    pango_cairo_show_layout(cr, layout)
    return Double(h) / Double(PANGO_SCALE)
  }

  /// A horizontal rule.
  func rule(x: Double, y: Double, width: Double, weight: Double = 0.5, grey: Double = 0) {
    cairo_set_source_rgb(cr, grey, grey, grey)
    cairo_set_line_width(cr, weight)
    cairo_move_to(cr, x, y)
    cairo_line_to(cr, x + width, y)
    cairo_stroke(cr)
  }

  /// A filled rectangle (a table's heading band).
  func band(x: Double, y: Double, width: Double, height: Double, grey: Double) {
    cairo_set_source_rgb(cr, grey, grey, grey)
    cairo_rectangle(cr, x, y, width, height)
    cairo_fill(cr)
  }

  func newPage() { cairo_show_page(cr) }

  /// Ends the document and returns its bytes.
  func finish() -> Data {
    cairo_show_page(cr)
    cairo_surface_finish(surface)
    return sink.bytes
  }

  /// "2026-12-07T09:00:00Z": the form cairo's metadata takes.
  static func pdfDate(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}

/// Where a cell's text sits.
public enum Align: Sendable { case left, right, center }

/// The bytes Cairo writes, gathered in memory.
private final class PDFSink {
  var bytes = Data()
}
