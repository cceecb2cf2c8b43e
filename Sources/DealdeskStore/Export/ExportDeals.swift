import DealdeskCore
import Foundation

// Deals: offers with their terms, orders with their lines, payments, in the export format.
extension ExportDocument {
  static func offer(_ o: Offer, steps: [ApprovalStep], now: Date, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", o.id)
      w.string("client", o.clientId)
      w.string("status", o.status(at: now).rawValue)
      w.key("current")
      terms(o.current, &w)
      w.key("rounds")
      w.array(o.rounds) { w, round in
        w.object { w in
          w.string("by", round.by.rawValue)
          w.key("terms")
          terms(round.terms, &w)
          w.date("at", round.at)
        }
      }
      w.date("validUntil", o.validUntil)
      w.date("closedAt", o.closedAt)
      w.string("reason", o.closeReason)
      w.string("lostTo", o.lostTo)
      w.key("approval")
      if let approval = o.approval {
        w.object { w in
          w.string("by", approval.by)
          w.date("at", approval.at)
          w.key("terms")
          terms(approval.terms, &w)
        }
      } else {
        w.null()
      }
      w.key("approvalSteps")
      w.array(steps) { w, step in
        w.object { w in
          w.string("kind", step.kind.rawValue)
          w.string("by", step.by)
          w.string("reason", step.reason)
          w.date("at", step.at)
          w.key("terms")
          terms(step.terms, &w)
        }
      }
    }
  }

  static func terms(_ t: Terms, _ w: inout PrettyJSON) {
    w.object { w in
      w.key("lines")
      w.array(t.lines) { line($1, &$0) }
      w.int("paymentTermsDays", t.paymentTerms?.days)
      w.string("paymentTerms", t.paymentTerms?.label)
      w.int("leadTimeDays", t.leadTimeDays)
    }
  }

  private static func line(_ l: OfferLine, _ w: inout PrettyJSON) {
    let (scope, target): (String, String?) =
      switch l.scope {
      case .all: ("all", nil)
      case .category(let name): ("category", name)
      case .product(let sku): ("product", sku)
      }
    w.object { w in
      w.string("scope", scope)
      w.string("target", target)
      w.quantity("meters", l.meters)
      w.quantity("discountPercent", l.discountPercent)
      w.amount("unitPrice", l.unitPrice)
    }
  }

  static func order(_ o: Order, entry: Ledger.Entry?, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", o.id)
      w.string("client", o.clientId)
      w.string("offer", o.offer)
      w.string("status", o.status.rawValue)
      w.key("lines")
      w.array(o.lines) { orderLine($1, &$0) }
      w.amount("total", o.total)
      w.int("paymentTermsDays", o.paymentTerms.days)
      w.string("paymentTerms", o.paymentTerms.label)
      w.date("createdAt", o.createdAt)
      w.date("dueDate", o.dueDate)
      w.date("shippedAt", o.shippedAt)
      w.date("deliveredAt", o.deliveredAt)
      w.date("cancelledAt", o.cancelledAt)
      w.string("invoice", entry?.invoice.id)
      w.date("invoicedAt", entry?.invoice.issuedAt)
      w.amount("paid", entry?.paid)
      w.amount("credited", entry?.credited)
      w.amount("outstanding", entry?.outstanding)
      w.key("creditApproval")
      if let approval = o.creditApproval {
        w.object { w in
          w.string("by", approval.by)
          w.date("at", approval.at)
          w.amount("exposure", approval.exposure)
          w.amount("limit", approval.limit)
        }
      } else {
        w.null()
      }
    }
  }

  private static func orderLine(_ l: OrderLine, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("sku", l.sku)
      w.quantity("meters", l.meters)
      w.amount("listPrice", l.listPrice)
      w.quantity("discountPercent", l.discountPercent)
      w.key("discounts")
      w.array(l.discounts) { w, discount in
        w.object { w in
          w.string("source", discount.source.rawValue)
          w.quantity("percent", discount.percent)
          w.string("reason", discount.reason)
        }
      }
      w.amount("unitPrice", l.unitPrice)
      w.amount("lineTotal", l.lineTotal)
      w.string("lot", l.lot)
    }
  }

  static func payment(_ p: Payment, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", p.id)
      w.string("client", p.clientId)
      w.string("order", p.order)
      w.amount("amount", p.amount)
      w.date("at", p.at)
    }
  }
}
