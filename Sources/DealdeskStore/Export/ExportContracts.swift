import DealdeskCore
import Foundation

// Contracts: each with its lines, commitment, signing and fulfilment as of the export.
extension ExportDocument {
  func writeContracts(_ w: inout PrettyJSON) {
    w.key("contracts")
    w.array(desk.contractsInOrder()) { w, contract in Self.contract(contract, fulfilment: desk.fulfilment(of: contract, at: now), now: now, &w) }
  }

  private static func contract(_ c: Contract, fulfilment f: ContractFulfilment, now: Date, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", c.id)
      w.string("client", c.clientId)
      // The stored status, and what it is today (expired is read from the end date).
      w.string("status", c.status.rawValue)
      w.string("state", c.state(at: now).rawValue)
      w.date("start", c.start)
      w.date("end", c.end)
      w.key("lines")
      w.array(c.lines) { w, line in
        w.object { w in
          switch line.scope {
          case .all: w.string("scope", "all"); w.null("sku"); w.null("category")
          case .category(let name): w.string("scope", "category"); w.null("sku"); w.string("category", name)
          case .product(let sku): w.string("scope", "product"); w.string("sku", sku); w.null("category")
          }
          w.amount("unitPrice", line.unitPrice)
          w.quantity("discountPercent", line.discountPercent)
        }
      }
      w.quantity("commitmentMetersPerYear", c.commitment?.meters)
      w.amount("commitmentValuePerYear", c.commitment?.value)
      w.int("paymentTermsDays", c.paymentTerms?.days)
      w.string("paymentTerms", c.paymentTerms?.label)
      w.date("draftedAt", c.draftedAt)
      w.string("draftedBy", c.draftedBy)
      w.key("approvalReasons")
      w.array(c.approvalReasons) { w, reason in w.string(reason) }
      w.string("approvedBy", c.approval?.by)
      w.date("approvedAt", c.approval?.at)
      w.date("sentAt", c.sentAt)
      w.string("signedByUs", c.signing?.ours)
      w.string("signedByClient", c.signing?.theirs)
      w.date("signedAt", c.signing?.at)
      w.date("terminatedAt", c.terminatedAt)
      w.string("terminationReason", c.terminationReason)
      w.key("fulfilment")
      w.object { w in
        w.quantity("meters", f.meters)
        w.amount("value", f.value)
        w.quantity("committedMeters", f.committedMeters)
        w.amount("committedValue", f.committedValue)
        w.quantity("expectedMeters", f.expectedMeters)
        w.amount("expectedValue", f.expectedValue)
        w.key("onTrack")
        if let onTrack = f.isOnTrack { w.bool(onTrack) } else { w.null() }
      }
    }
  }
}

extension CSVLists {
  /// One row per supply contract, its fulfilment as of the export.
  static func contracts(_ desk: Desk, now: Date) -> CSVTable {
    CSVTable(
      header: [
        "id", "client", "clientName", "status", "state", "start", "end", "paymentTerms", "commitmentMeters", "commitmentValue",
        "approvedBy", "signedByUs", "signedByClient", "signedAt", "terminatedAt", "meters", "value", "expectedMeters",
        "expectedValue", "onTrack",
      ],
      rows: desk.contractsInOrder().map { c in
        let f = desk.fulfilment(of: c, at: now)
        return [
          c.id, c.clientId, clientName(c.clientId, in: desk), c.status.rawValue, c.state(at: now).rawValue, CSVTable.day(c.start),
          CSVTable.day(c.end), c.paymentTerms?.label ?? "", CSVTable.quantity(c.commitment?.meters), CSVTable.amount(c.commitment?.value),
          c.approval?.by ?? "", c.signing?.ours ?? "", c.signing?.theirs ?? "", CSVTable.time(c.signing?.at), CSVTable.time(c.terminatedAt),
          CSVTable.quantity(f.meters), CSVTable.amount(f.value), CSVTable.quantity(f.expectedMeters), CSVTable.amount(f.expectedValue),
          f.isOnTrack.map { $0 ? "yes" : "no" } ?? "",
        ]
      })
  }

  /// The clients' price lists: one row per fabric a contract prices, a category line
  /// expanded to each of its fabrics, at the net price the core's one pricing rule gives
  /// (what an order at standing terms takes while the contract is in force).
  static func priceLists(_ desk: Desk, now: Date) -> CSVTable {
    CSVTable(
      header: ["contract", "client", "clientName", "state", "from", "to", "sku", "fabric", "listPrice", "discountPercent", "netPrice"],
      rows: desk.contractsInOrder().flatMap { c in
        c.lines.flatMap { line in
          desk.price(line.asOfferLine).map { priced in
            [
              c.id, c.clientId, clientName(c.clientId, in: desk), c.state(at: now).rawValue, CSVTable.day(c.start), CSVTable.day(c.end),
              priced.product.sku, priced.product.name, CSVTable.amount(priced.product.listPrice), CSVTable.quantity(priced.discountPercent),
              CSVTable.amount(priced.netPrice),
            ]
          }
        }
      })
  }
}
