import DealdeskCore
import Foundation

// The records a desk has tens of thousands of, written field by field in sorted-key order
// (DeskJSONWriter.swift); the tests hold every one to JSONEncoder byte for byte.

extension JSONBytes {
  mutating func client(_ c: Client) throws {
    try object { w in
      w.key("addedAt"); try w.date(c.addedAt)
      w.key("aliases"); w.array(c.aliases) { $0.string($1) }
      w.string("city", c.city)
      w.key("contacts")
      w.array(c.contacts) { w, contact in
        w.object { w in
          w.string("email", contact.email)
          w.string("name", contact.name)
          w.string("phone", contact.phone)
        }
      }
      w.decimal("creditLimit", c.creditLimit)
      w.key("id"); w.string(c.id)
      w.key("name"); w.string(c.name)
      if let terms = c.paymentTerms { w.key("paymentTerms"); w.paymentTerms(terms) }
      w.string("reliability", c.reliability)
      w.key("status"); w.string(c.status.rawValue)
      w.key("tags"); w.array(c.tags) { $0.string($1) }
      if let tax = c.tax { w.key("tax"); try w.encodable(tax) }
    }
  }

  mutating func offer(_ o: Offer) throws {
    try object { w in
      if let approval = o.approval { w.key("approval"); try w.approval(approval) }
      w.key("clientId"); w.string(o.clientId)
      w.string("closeReason", o.closeReason)
      try w.date("closedAt", o.closedAt)
      w.key("id"); w.string(o.id)
      w.string("lostTo", o.lostTo)
      w.key("number"); w.int(o.number)
      w.key("rounds"); try w.array(o.rounds) { try $0.round($1) }
      w.key("status"); w.string(o.status.rawValue)
      w.key("validUntil"); try w.date(o.validUntil)
    }
  }

  mutating func round(_ r: Round) throws {
    try object { w in
      w.key("at"); try w.date(r.at)
      w.key("by"); w.string(r.by.rawValue)
      w.key("terms"); w.terms(r.terms)
    }
  }

  mutating func approval(_ a: Approval) throws {
    try object { w in
      w.key("at"); try w.date(a.at)
      w.key("by"); w.string(a.by)
      w.key("terms"); w.terms(a.terms)
    }
  }

  mutating func terms(_ t: Terms) {
    object { w in
      w.int("leadTimeDays", t.leadTimeDays)
      w.key("lines"); w.array(t.lines) { $0.offerLine($1) }
      if let terms = t.paymentTerms { w.key("paymentTerms"); w.paymentTerms(terms) }
    }
  }

  mutating func offerLine(_ l: OfferLine) {
    object { w in
      w.decimal("discountPercent", l.discountPercent)
      w.decimal("meters", l.meters)
      w.key("scope"); w.scope(l.scope)
      w.decimal("unitPrice", l.unitPrice)
    }
  }

  mutating func scope(_ s: OfferScope) {
    object { w in
      switch s {
      case .all: w.key("all"); w.object { _ in }
      case .category(let name): w.key("category"); w.object { $0.key("_0"); $0.string(name) }
      case .product(let sku): w.key("product"); w.object { $0.key("sku"); $0.string(sku) }
      }
    }
  }

  mutating func paymentTerms(_ p: PaymentTerms) {
    object { w in
      switch p {
      case .cashOnDelivery: w.key("cashOnDelivery"); w.object { _ in }
      case .net(let days): w.key("net"); w.object { $0.key("days"); $0.int(days) }
      case .prepayment: w.key("prepayment"); w.object { _ in }
      }
    }
  }

  mutating func order(_ o: Order) throws {
    try object { w in
      try w.date("cancelledAt", o.cancelledAt)
      w.key("clientId"); w.string(o.clientId)
      w.key("createdAt"); try w.date(o.createdAt)
      if let approval = o.creditApproval { w.key("creditApproval"); try w.creditApproval(approval) }
      try w.date("deliveredAt", o.deliveredAt)
      w.key("id"); w.string(o.id)
      w.key("lines"); w.array(o.lines) { $0.orderLine($1) }
      w.key("number"); w.int(o.number)
      w.string("offer", o.offer)
      w.key("paymentTerms"); w.paymentTerms(o.paymentTerms)
      try w.date("shippedAt", o.shippedAt)
      w.key("status"); w.string(o.status.rawValue)
    }
  }

  mutating func creditApproval(_ a: CreditApproval) throws {
    try object { w in
      w.key("at"); try w.date(a.at)
      w.key("by"); w.string(a.by)
      w.key("exposure"); w.decimal(a.exposure)
      w.key("limit"); w.decimal(a.limit)
    }
  }

  mutating func orderLine(_ l: OrderLine) {
    object { w in
      w.key("discounts")
      w.array(l.discounts) { w, d in
        w.object { w in
          w.key("percent"); w.decimal(d.percent)
          w.key("reason"); w.string(d.reason)
          w.key("source"); w.string(d.source.rawValue)
        }
      }
      w.key("lineTotal"); w.decimal(l.lineTotal)
      w.key("listPrice"); w.decimal(l.listPrice)
      w.string("lot", l.lot)
      w.key("meters"); w.decimal(l.meters)
      w.key("sku"); w.string(l.sku)
      w.key("unitPrice"); w.decimal(l.unitPrice)
    }
  }

  mutating func note(_ n: Note) throws {
    try object { w in
      w.key("at"); try w.date(n.at)
      w.key("client"); w.string(n.client)
      w.int("durationMinutes", n.durationMinutes)
      if let followUps = n.followUps { w.key("followUps"); w.array(followUps) { $0.string($1) } }
      w.key("id"); w.string(n.id)
      w.key("kind"); w.string(n.kind.rawValue)
      w.key("text"); w.string(n.text)
    }
  }

  mutating func followUp(_ f: FollowUp) throws {
    try object { w in
      w.string("assignee", f.assignee)
      w.key("client"); w.string(f.client)
      w.key("createdAt"); try w.date(f.createdAt)
      try w.date("doneAt", f.doneAt)
      w.key("due"); try w.date(f.due)
      w.key("dueHasTime"); w.bool(f.dueHasTime)
      w.string("from", f.from)
      w.key("id"); w.string(f.id)
      try w.date("missedDeadline", f.missedDeadline)
      try w.date("snoozedFrom", f.snoozedFrom)
      w.key("status"); w.string(f.status.rawValue)
      w.key("text"); w.string(f.text)
    }
  }

  mutating func payment(_ p: Payment) throws {
    try object { w in
      w.key("amount"); w.decimal(p.amount)
      w.key("at"); try w.date(p.at)
      w.key("clientId"); w.string(p.clientId)
      w.key("id"); w.string(p.id)
      w.string("order", p.order)
    }
  }
}
