import DealdeskStore
import Foundation

/// `export json|csv … to FILE[, replace it]`, and what every file the desk writes for the
/// manager (an export, a recording) is held to: a file already there is kept unless the
/// manager said to replace it, only a regular file is ever written (OutputFile), and under
/// `dealdesk check` the file goes into the check's scratch folder, not where it names.
extension Session {
  func exportJSON(to path: String?, replace: Bool) -> Reply {
    let document = ExportDocument(desk: desk, now: now)
    guard let path else { return .document(document.json()) }
    let retry = replaceHint ?? "export json to \(Self.shown(path)), replace it"
    // Streamed to the file: a branch's export is tens of megabytes.
    let written = OutputFile.writeInParts(to: outputPath(path), replace: replace, deskFolder: directory) { put in
      document.write(ending: "\n", to: put)
    }
    switch written {
    case .success: return Reply("Exported the desk to \(path).")
    case .failure(let problem): return .error(Self.message(problem, path: path, retry: retry, for: .export))
    }
  }

  func exportCSV(_ list: String, to path: String?, replace: Bool) -> Reply {
    guard let found = CSVLists.named(list) else {
      return .error("There is no list \(list) to export. Lists: \(CSVLists.names.joined(separator: ", ")).\nTry: export csv offers to offers.csv")
    }
    let table = found.table(desk, now: now)
    guard let path else { return .document(table.text().trimmingCharacters(in: .newlines)) }
    let count = table.rows.count
    let retry = replaceHint ?? "export csv \(found.name) to \(Self.shown(path)), replace it"
    return write(table.text(), to: path, replace: replace, retry: retry, done: "Exported \(found.name) to \(path) (\(count) row\(count == 1 ? "" : "s")).")
  }

  /// Writes an export outside the desk's own folder, whole or not at all, as private as the desk.
  private func write(_ text: String, to path: String, replace: Bool, retry: String, done: String) -> Reply {
    switch OutputFile.write(Array(text.utf8), to: outputPath(path), replace: replace, deskFolder: directory) {
    case .success: return Reply(done)
    case .failure(let problem): return .error(Self.message(problem, path: path, retry: retry, for: .export))
    }
  }

  /// Where a file a line names is written: there, or under `dealdesk check` the same name in
  /// the check's scratch folder, so that a checked script changes nothing outside it.
  func outputPath(_ path: String) -> String {
    guard let outputFolder else { return path }
    return outputFolder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent).path
  }

  enum OutputUse { case export, record }

  /// Why a file could not be written, and what to do, in the manager's words; `retry` is the
  /// command that replaces the file.
  static func message(_ problem: OutputFile.Problem, path: String, retry: String, for use: OutputUse) -> String {
    let name = URL(fileURLWithPath: path).lastPathComponent
    switch problem {
    case .exists:
      return "\(path) already exists: \(retry) — or choose another name."
    case .notRegular(let kind):
      return "\(path) is \(kind), not a regular file; the desk writes only regular files, so nothing was written. Choose another name."
    case .noFolder(let folder):
      return "There is no folder \(folder) to \(use == .export ? "write" : "record") \(name) into."
    case .insideDesk:
      switch use {
      case .export: return "\(path) is inside the desk's own folder; exporting there could overwrite the desk. Choose another place."
      case .record: return "\(path) is inside the desk's own folder. Record somewhere else, e.g. record ~/\(name)"
      }
    case .refused(let reason):
      return reason
    }
  }

  /// A file name as the manager would type it back: in quotes when it has spaces or commas.
  static func shown(_ path: String) -> String {
    path.contains(where: { $0.isWhitespace || $0 == "," }) ? "\"\(path)\"" : path
  }
}
