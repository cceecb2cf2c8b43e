import Foundation

/// Reads a PDF back with poppler's `pdftotext -layout`: the tests check every name and figure
/// on the page, in order. (A page is looked at by eye with `pdftoppm -png -r 70 -f 1 -l 1`.)
enum PDFText {
  static func text(of pdf: Data) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-pdf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("doc.pdf")
    try pdf.write(to: file)
    return try run("/usr/bin/pdftotext", ["-layout", file.path, "-"])
  }

  static func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Whether `needles` appear in `text` in this order.
  static func inOrder(_ needles: [String], in text: String) -> String? {
    var rest = text[...]
    for needle in needles {
      guard let range = rest.range(of: needle) else { return needle }
      rest = rest[range.upperBound...]
    }
    return nil
  }
}
