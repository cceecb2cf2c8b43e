import DealdeskCore
import Foundation

// Claims: complaints, competitors' prices and expenses, in the export format.
extension ExportDocument {
  func writeClaims(_ w: inout PrettyJSON) {
    w.key("complaints")
    w.array(desk.complaintsInOrder) { Self.complaint($1, &$0) }
    w.key("competitorPrices")
    w.array(desk.competitorPrices) { w, p in
      w.object { w in
        w.string("competitor", p.competitor)
        w.string("sku", p.sku)
        w.amount("price", p.price)
        w.date("at", p.at)
        w.string("note", p.note)
      }
    }
    w.key("expenses")
    w.array(desk.expensesInOrder) { w, e in
      w.object { w in
        w.string("id", e.id)
        w.amount("amount", e.amount)
        w.string("text", e.text)
        w.string("client", e.clientId)
        w.date("at", e.at)
      }
    }
  }

  private static func complaint(_ c: Complaint, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", c.id)
      w.string("client", c.clientId)
      w.string("order", c.order)
      w.string("lot", c.lot)
      w.string("reason", c.reason.rawValue)
      w.string("text", c.text)
      w.string("status", c.status.rawValue)
      w.string("verdict", c.verdict?.rawValue)
      w.key("resolution")
      if let resolution = c.resolution {
        w.object { w in
          w.amount("credit", resolution.credit)
          w.quantity("replacementMeters", resolution.replacementMeters)
          w.quantity("discountPercent", resolution.discountPercent)
          w.string("text", resolution.text)
          w.string("creditNote", resolution.creditNote)
        }
      } else {
        w.null()
      }
      w.date("openedAt", c.openedAt)
      w.date("resolvedAt", c.resolvedAt)
      w.key("replacement")
      if let replacement = c.replacement {
        w.array(replacement) { w, part in
          w.object { w in
            w.string("sku", part.sku)
            w.string("lot", part.lot)
            w.quantity("meters", part.meters)
          }
        }
      } else {
        w.null()
      }
    }
  }
}
