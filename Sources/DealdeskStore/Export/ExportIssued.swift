import DealdeskCore
import Foundation

// The register of issued documents (IssuedDocument.swift), in the export format.
extension ExportDocument {
  func writeDocuments(_ w: inout PrettyJSON) {
    w.key("documents")
    w.array(desk.documentsInOrder) { Self.document($1, &$0) }
  }

  /// A document issued to a client: its register number, what it printed, its totals as
  /// printed (null when it printed none), its file, and whether undo voided it.
  private static func document(_ d: IssuedDocument, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", d.id)
      w.string("kind", d.kind.rawValue)
      w.string("printed", d.printed)
      w.string("record", d.record)
      w.string("client", d.client)
      w.date("at", d.at)
      w.amount("net", d.totals?.net)
      w.amount("vat", d.totals?.vat)
      w.amount("gross", d.totals?.gross)
      w.string("file", d.file)
      w.string("fingerprint", d.fingerprint)
      w.bool("void", d.void)
    }
  }
}

extension CSVLists {
  /// One row per document issued, in the order issued.
  static func documents(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "kind", "printed", "record", "client", "clientName", "at", "net", "vat", "gross", "file", "void", "fingerprint"],
      rows: desk.documentsInOrder.map { d in
        [
          d.id, d.kind.rawValue, d.printed, d.record, d.client, clientName(d.client, in: desk), CSVTable.time(d.at),
          CSVTable.amount(d.totals?.net), CSVTable.amount(d.totals?.vat), CSVTable.amount(d.totals?.gross), d.file, d.void ? "yes" : "no",
          d.fingerprint,
        ]
      })
  }
}
