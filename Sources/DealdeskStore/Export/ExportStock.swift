import DealdeskCore
import Foundation

// Stock: reservations, requests for stock, showroom samples and their loans, in the export format.
extension ExportDocument {
  func writeStock(_ w: inout PrettyJSON) {
    w.key("reservations")
    w.array(desk.reservationsInOrder) { Self.reservation($1, now: now, &$0) }
    w.key("stockRequests")
    w.array(desk.stockRequestsInOrder) { Self.stockRequest($1, &$0) }
    w.key("samples")
    w.array(desk.swatchesInOrder) { w, swatches in
      w.object { w in
        w.string("sku", swatches.sku)
        w.int("inShowroom", swatches.inShowroom)
        w.int("reorderBelow", swatches.reorderBelow)
      }
    }
    w.key("sampleLoans")
    w.array(desk.sampleLoansInOrder) { Self.sampleLoan($1, &$0) }
  }

  private static func reservation(_ r: Reservation, now: Date, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", r.id)
      w.string("client", r.client)
      w.string("sku", r.sku)
      w.string("lot", r.lot)
      w.quantity("meters", r.meters)
      w.string("status", r.status(at: now).rawValue)
      w.date("expiresAt", r.expiresAt)
      w.string("order", r.order)
      w.string("request", r.request)
    }
  }

  private static func stockRequest(_ q: StockRequest, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", q.id)
      w.string("sku", q.sku)
      w.quantity("meters", q.meters)
      w.quantity("receivedMeters", q.receivedMeters)
      w.string("source", q.source.rawValue)
      w.string("status", q.status.rawValue)
      w.date("requestedAt", q.requestedAt)
      w.date("neededBy", q.neededBy)
    }
  }

  private static func sampleLoan(_ l: SampleLoan, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", l.id)
      w.string("sku", l.sku)
      w.string("client", l.client)
      w.date("lentAt", l.lentAt)
      w.date("dueBack", l.dueBack)
      w.date("returnedAt", l.returnedAt)
    }
  }
}
