import DealdeskCore
import DealdeskDocuments
import DealdeskLanguage
import DealdeskStore
import Foundation

/// `pdf invoice S-3 [to FILE.pdf]`: a document written as PDF, and its path printed. By
/// default into the desk's own `documents/` folder (a team desk's: its local cache folder's),
/// where a document once written is kept: printing it again prints the path of the one
/// issued, never a second, different copy.
extension Session {
  /// The folder documents go into unless a line names a file.
  var documentsFolder: URL { directory.appendingPathComponent("documents", isDirectory: true) }

  func printDocument(_ wanted: DocumentWanted, reference: String, to path: String?, replace: Bool) -> Reply {
    guard let kind = DocumentKind(rawValue: wanted.rawValue) else { return .error("The desk cannot print that document.") }
    let made: MadeDocument
    do {
      made = try Documents.make(kind, reference: reference, desk: desk, now: now)
    } catch {
      return .error(error.message)
    }
    let bytes = [UInt8](made.pdf(created: now))
    let name = desk.clients[made.client]?.name ?? made.client
    let what = "\(kind.title) \(made.number) for \(name)"
    if let path {
      let retry = replaceHint ?? "\(wanted == .creditNote ? "pdf credit note" : "pdf \(wanted.rawValue)") \(reference) to \(Self.shown(path)), replace it"
      switch OutputFile.write(bytes, to: outputPath(path), replace: replace, deskFolder: directory) {
      case .success: return Reply("\(what): \(path)")
      case .failure(let problem): return .error(Self.message(problem, path: path, retry: retry, for: .export))
      }
    }
    let folder = outputFolder ?? documentsFolder
    let file = folder.appendingPathComponent(made.fileName)
    if FileManager.default.fileExists(atPath: file.path) {
      return Reply("\(what), as issued: \(file.path)")
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try Data(bytes).write(to: file, options: .atomic)
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    } catch {
      try? FileManager.default.removeItem(at: file)
      return .error("Could not write \(file.path): \(error.localizedDescription). Nothing was written.")
    }
    return Reply("\(what): \(file.path)")
  }

  /// `documents [CLIENT]`: what the documents folder holds, in the order of their names.
  func listDocuments(client: String?) -> Reply {
    let folder = outputFolder ?? documentsFolder
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted {
      // By the name before ".pdf": O-2 before O-2-v2.
      $0.replacingOccurrences(of: ".pdf", with: "").localizedStandardCompare($1.replacingOccurrences(of: ".pdf", with: "")) == .orderedAscending
    }
    let found = names.compactMap { name in Documents.issued(fileName: name, desk: desk).map { (name, $0) } }
      .filter { client == nil || $0.1.client == client }
    let whose = client.map { desk.clients[$0]?.name ?? $0 }
    guard !found.isEmpty else {
      return Reply("No documents\(whose.map { " for \($0)" } ?? "") yet. e.g. pdf invoice S-1 writes one into \(folder.path).")
    }
    var lines = ["Documents\(whose.map { " for \($0)" } ?? "") in \(folder.path):"]
    for (name, document) in found {
      let clientName = desk.clients[document.client]?.name ?? document.client
      lines.append("  \(document.number) · \(document.kind.title.lowercased())\(client == nil ? " · \(clientName)" : "") · \(name)")
    }
    return Reply(lines.joined(separator: "\n"))
  }
}
