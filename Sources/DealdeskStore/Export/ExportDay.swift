import DealdeskCore
import Foundation

// Day: notes (calls, meetings) and follow-ups in the export format.
extension ExportDocument {
  func writeDay(_ w: inout PrettyJSON) {
    w.key("notes")
    w.array(desk.notesInOrder) { w, n in
      w.object { w in
        w.string("id", n.id)
        w.string("client", n.client)
        w.string("kind", n.kind.rawValue)
        w.string("text", n.text)
        w.date("at", n.at)
        w.int("durationMinutes", n.durationMinutes)
      }
    }
    w.key("followUps")
    w.array(desk.followUpsInOrder) { w, f in
      w.object { w in
        w.string("id", f.id)
        w.string("client", f.client)
        w.date("due", f.due)
        w.bool("dueHasTime", f.dueHasTime)
        w.string("text", f.text)
        w.string("status", f.status.rawValue)
        w.date("doneAt", f.doneAt)
        w.string("assignee", f.assignee)
        w.string("from", f.from)
      }
    }
  }
}
