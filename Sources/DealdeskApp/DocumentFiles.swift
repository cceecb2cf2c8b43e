import DealdeskCore
import DealdeskDocuments
import DealdeskLanguage
import DealdeskStore
import Foundation

/// `pdf invoice S-3 [to FILE.pdf]`: a document written as PDF, entered in the register of
/// issued documents (IssuedDocument.swift), and its path printed. By default into the desk's
/// own `documents/` folder (a team desk's: its local cache folder's). The register, not the
/// folder, is the record: a document is entered only once its file is written, and the same
/// record printed again with nothing changed is the document issued, under its number.
extension Session {
  /// The folder documents go into unless a line names a file: the desk's own, or under
  /// `dealdesk check` a `documents/` folder among the check's files (ExportFiles.swift).
  var documentsFolder: URL {
    (outputFolder ?? directory).appendingPathComponent(Self.documentsFolderName, isDirectory: true)
  }

  static let documentsFolderName = "documents"

  /// A file in the documents folder as a reply shows it: its full path, or under `dealdesk
  /// check` the path from the scratch desk ("documents/INV-1.pdf"), the same on every run, so
  /// a transcript that prints a document checks stably.
  func shownDocumentPath(_ file: URL) -> String {
    outputFolder == nil ? file.path : "\(Self.documentsFolderName)/\(file.lastPathComponent)"
  }

  /// The documents folder as a reply shows it.
  var shownDocumentsFolder: String { outputFolder == nil ? documentsFolder.path : "\(Self.documentsFolderName)/" }

  func printDocument(_ wanted: DocumentWanted, reference: String, to path: String?, replace: Bool, line: String) -> Reply {
    guard let kind = DocumentKind(rawValue: wanted.rawValue) else { return .error("The desk cannot print that document.") }
    // On a shared desk another manager may issue a document first: it is then worked out
    // again on the desk as it now stands, for the next number.
    for _ in 0..<Self.attempts {
      let made: MadeDocument
      do {
        made = try Documents.make(kind, reference: reference, desk: desk, now: now)
      } catch {
        return .error(error.message)
      }
      let issued: IssuedDocument?
      let document: MadeDocument
      switch Documents.issuing(made, desk: desk) {
      case .refused(let why): return .error(why)
      case .asIssued(let already, let same): (issued, document) = (already, same)
      case .new(let new): (issued, document) = (nil, new)
      }
      if issued == nil, isReadOnly {
        return .error(StoreError.readOnly.message + " A document issued is entered in the desk's register, so none was written.")
      }
      let name = desk.clients[document.client]?.name ?? document.client
      let what = "\(kind.title) \(document.number) for \(name)"
      // Printed again, a document keeps the date it was issued on, so its bytes are the same.
      let bytes = [UInt8](document.pdf(created: issued?.at ?? now))
      let written: Written
      switch write(bytes, document: document, wanted: wanted, reference: reference, to: path, replace: replace, issued: issued) {
      case .failure(let refusal): return .error(refusal.message)
      case .success(let file): written = file
      }
      // A contract's draft says what it is not yet, and how it becomes the copy to keep.
      let draft = kind == .contract && !document.isFinal
        ? "\nA draft, marked DRAFT, signature lines blank: once signed (sign contract \(document.record) by OURS and THEIRS), pdf contract \(document.record) prints the contract to keep."
        : ""
      if let issued {
        return Reply("\(what), as issued on \(DeskDate.day(issued.at)) (\(issued.id)): \(written.shown)\(draft)")
      }
      let (id, number) = desk.nextDocument()
      let entry = IssuedDocument(
        id: id, number: number, kind: kind, printed: document.number, record: document.record, client: document.client, at: now,
        totals: document.totals, file: written.recorded, fingerprint: document.fingerprint)
      do {
        try commit([.documentIssued(entry)], line: line)
      } catch {
        if written.created { try? FileManager.default.removeItem(atPath: written.full) }
        if error.kind == .overtaken { continue }
        return .error(error.message + " The document was not issued\(written.created ? ", and its file was taken away" : "").")
      }
      return Reply("\(what), issued as \(id): \(written.shown)\(draft)")
    }
    return .error(StoreError.overtaken.message)
  }

  /// A document's file as written: the path shown, the one the register keeps (a name in the
  /// documents folder, or the path the line named), where it is, and whether it is new.
  private struct Written {
    var shown: String
    var recorded: String
    var full: String
    var created: Bool
  }

  private struct WriteRefusal: Error {
    var message: String
  }

  /// Writes the document where the line said; in the documents folder, a document issued
  /// whose file is there already is left as it is.
  private func write(
    _ bytes: [UInt8], document: MadeDocument, wanted: DocumentWanted, reference: String, to path: String?, replace: Bool,
    issued: IssuedDocument?
  ) -> Result<Written, WriteRefusal> {
    if let path {
      let full = outputPath(path)
      let existed = FileManager.default.fileExists(atPath: full)
      let retry = replaceHint ?? "\(wanted == .creditNote ? "pdf credit note" : "pdf \(wanted.rawValue)") \(reference) to \(Self.shown(path)), replace it"
      switch OutputFile.write(bytes, to: full, replace: replace, deskFolder: directory) {
      case .success: return .success(Written(shown: path, recorded: path, full: full, created: !existed))
      case .failure(let problem): return .failure(WriteRefusal(message: Self.message(problem, path: path, retry: retry, for: .export)))
      }
    }
    let folder = documentsFolder
    let file = folder.appendingPathComponent(document.fileName)
    let exists = FileManager.default.fileExists(atPath: file.path)
    let written = Written(shown: shownDocumentPath(file), recorded: document.fileName, full: file.path, created: !exists)
    if issued != nil, exists { return .success(written) }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try Data(bytes).write(to: file, options: .atomic)
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    } catch {
      if !exists { try? FileManager.default.removeItem(at: file) }
      return .failure(WriteRefusal(message: "Could not write \(written.shown): \(error.localizedDescription). Nothing was written or issued."))
    }
    return .success(written)
  }

  /// `documents [CLIENT]`: the register of issued documents, all or one client's, in the
  /// order they were issued; a voided one (its line undone) stays, marked void.
  func listDocuments(client: String?) -> Reply {
    let folder = shownDocumentsFolder
    let found = client.map { desk.documents(for: $0) } ?? desk.documentsInOrder
    let whose = client.map { desk.clients[$0]?.name ?? $0 }
    guard !found.isEmpty else {
      return Reply("No documents issued\(whose.map { " to \($0)" } ?? "") yet. e.g. pdf invoice S-1 writes one into \(folder).")
    }
    let void = found.filter(\.void).count
    var lines = ["Documents issued\(whose.map { " to \($0)" } ?? "") (files in \(folder)):"]
    for document in found {
      var parts = [document.id, "\(document.kind.title.lowercased()) \(document.printed)"]
      if client == nil { parts.append(desk.clients[document.client]?.name ?? document.client) }
      parts.append(DeskDate.day(document.at))
      // A statement's VAT block spans every document on it, paid ones too: its gross is no
      // amount the client owes, so the list leaves it to the PDF.
      if let totals = document.totals, document.kind != .statement {
        parts.append("\(Format.money(totals.gross)) \(desk.settings.currency) gross")
      }
      parts.append(document.file)
      if document.void { parts.append(Style.mark("void", .alert)) }
      lines.append("  " + parts.joined(separator: " · "))
    }
    if void > 0 { lines.append("A void document's line was undone: its number is kept and not used again.") }
    return Reply(lines.joined(separator: "\n"))
  }
}
