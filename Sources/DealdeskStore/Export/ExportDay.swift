import DealdeskCore
import Foundation

// Day: notes (calls, meetings) and follow-ups in the export format.
extension ExportDocument {
  static func note(_ n: Note) -> JSONValue {
    .object([
      ("id", .string(n.id)),
      ("client", .string(n.client)),
      ("kind", .string(n.kind.rawValue)),
      ("text", .string(n.text)),
      ("at", date(n.at)),
      ("durationMinutes", .int(n.durationMinutes)),
    ])
  }

  static func followUp(_ f: FollowUp) -> JSONValue {
    .object([
      ("id", .string(f.id)),
      ("client", .string(f.client)),
      ("due", date(f.due)),
      ("dueHasTime", .bool(f.dueHasTime)),
      ("text", .string(f.text)),
      ("status", .string(f.status.rawValue)),
      ("doneAt", date(f.doneAt)),
    ])
  }
}
