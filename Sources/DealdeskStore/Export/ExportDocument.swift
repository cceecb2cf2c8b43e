import DealdeskCore
import Foundation

/// The documented interchange format (docs/export-format.md): `export json`. Amounts and
/// quantities are decimal strings; a field that does not apply is null. Stable and versioned:
/// change it only with a new version number and a note in the doc.
///
/// Written record by record as it is read off the desk (PrettyJSON): a tree of the whole
/// document first, then a string of it, then its bytes, held a branch's desk several
/// times over for most of a minute.
public struct ExportDocument: Sendable {
  public static let format = "dealdesk-export"
  /// 2: orders' `paid` and `outstanding` are their invoice's (null until shipped); clients
  /// carry `owes`, `orderedNotInvoiced` and `creditExposure`; `invoices`, `creditNotes`
  /// and `returns` lists.
  public static let version = 2

  let desk: Desk
  /// Decides which open offers read as expired.
  let now: Date

  public init(desk: Desk, now: Date) {
    self.desk = desk
    self.now = now
  }

  /// The whole document as text (for the terminal).
  public func json() -> String { String(decoding: bytes(), as: UTF8.self) }

  /// The whole document as UTF-8.
  public func bytes() -> [UInt8] {
    var json = PrettyJSON()
    write(&json)
    return json.out
  }

  /// The document in chunks of about `chunk` bytes, each handed to `put` (which leaves the
  /// array empty for the next) as soon as it is full, and the last one followed by `ending`.
  public func write(chunk: Int = 1 << 18, ending: String = "", to put: @escaping (inout [UInt8]) -> Void) {
    var json = PrettyJSON(chunk: chunk, sink: put)
    write(&json)
    json.finish()
    var tail = Array(ending.utf8)
    if !tail.isEmpty { put(&tail) }
  }

  private func write(_ w: inout PrettyJSON) {
    let ledgers = desk.ledgers()
    w.object { w in
      w.string("format", Self.format)
      w.int("version", Self.version)
      w.string("currency", desk.settings.currency)
      w.key("settings")
      Self.settings(desk.settings, &w)
      w.key("limitChanges")
      w.array(desk.authority.limitChanges) { Self.limitChange($1, &$0) }
      w.key("people")
      w.array(desk.peopleInOrder) { Self.person($1, accounts: desk.accounts(of: $1.login).map(\.id), &$0) }
      w.key("absences")
      w.array(desk.authority.absences) { Self.absence($1, &$0) }
      w.key("coverMarks")
      w.array(desk.authority.coverMarks) { Self.coverMark($1, &$0) }
      w.key("clients")
      w.array(desk.clientsInOrder) { Self.client($1, ledger: ledgers[$1.id], &$0) }
      w.key("products")
      w.array(desk.productsInOrder) { Self.product($1, &$0) }
      w.key("offers")
      w.array(desk.offersInOrder) { Self.offer($1, steps: desk.approvalSteps(of: $1.id), now: now, &$0) }
      w.key("orders")
      w.array(desk.ordersInOrder) { Self.order($1, entry: ledgers[$1.clientId]?.entry($1.id), &$0) }
      writeContracts(&w)
      writeStock(&w)
      w.key("payments")
      w.array(desk.paymentsInOrder) { Self.payment($1, &$0) }
      writeLedger(&w)
      writeDocuments(&w)
      writeBonuses(&w)  // Trade bonuses:
      writeClaims(&w)
      writeDay(&w)
    }
  }

  private static func settings(_ s: Settings, _ w: inout PrettyJSON) {
    w.object { w in
      w.quantity("discountLimitPercent", s.discountLimit)
      w.int("offerValidityDays", s.offerValidityDays)
      w.int("defaultPaymentTermsDays", s.defaultPaymentTerms.days)
      w.string("defaultPaymentTerms", s.defaultPaymentTerms.label)
      w.int("paymentTermsLimitDays", s.paymentTermsLimitDays)
      w.quantity("floorMarginPercent", s.floorMarginPercent)
      w.key("volumeTiers")
      w.array(s.volumeTiers) { w, tier in
        w.object { w in
          w.quantity("fromMeters", tier.fromMeters)
          w.quantity("percent", tier.percent)
        }
      }
      w.string("volumeTierBasis", s.tierBasis.rawValue)
      w.key("clientTiers")
      w.array(s.clientTiers) { w, tier in
        w.object { w in
          w.string("name", tier.name)
          w.amount("fromSales", tier.fromSales)
          w.quantity("percent", tier.percent)
        }
      }
      w.amount("expenseBudget", s.expenseBudget)
      w.string("expenseBudgetPeriod", s.expenseBudgetPeriod.rawValue)
      // VAT: the rate table, the rounding rule, and the company's details.
      w.key("vatRates")
      w.object { w in
        w.quantity("standard", s.vatRates.percent(for: .standard))
        w.quantity("export", s.vatRates.percent(for: .export))
      }
      w.string("vatRounding", "perDocumentAndRate")
      w.quantity("bonusLimitPercent", s.bonusLimit)  // Trade bonuses:
      w.key("company")
      w.object { w in
        w.string("name", s.company.name)
        w.string("address", s.company.address)
        w.string("taxNumber", s.company.taxNumber)
        w.string("iban", s.company.iban)
      }
    }
  }

  /// A limit of one's authority changed: who, when, from what to what (Authority.swift).
  private static func limitChange(_ c: LimitChange, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("limit", c.kind.rawValue)
      w.quantity("from", c.from)
      w.quantity("to", c.to)
      w.string("by", c.by)
      w.date("at", c.at)
      w.string("of", c.of)
    }
  }

  /// A person of a team desk (Person.swift): their own limits (null: the branch's), quota and
  /// the clients whose account they have.
  private static func person(_ p: Person, accounts: [String], _ w: inout PrettyJSON) {
    w.object { w in
      w.string("login", p.login)
      w.string("name", p.name)
      w.string("role", p.role.rawValue)
      w.quantity("discountLimitPercent", p.discountLimit)
      w.int("paymentTermsLimitDays", p.paymentTermsLimitDays)
      w.key("quota")
      if let quota = p.quota {
        w.object { w in
          w.amount("amount", quota.amount)
          w.string("per", quota.per.rawValue)
        }
      } else {
        w.null()
      }
      w.key("accounts")
      w.array(accounts) { $0.string($1) }
    }
  }

  /// Someone away, the days (both ends included) and who covers their accounts (Absence.swift).
  private static func absence(_ a: Absence, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("person", a.person)
      w.date("from", a.from)
      w.date("to", a.to)
      w.string("cover", a.cover)
      w.string("by", a.by)
      w.date("at", a.at)
    }
  }

  /// A change made in cover for an absent account manager.
  private static func coverMark(_ m: CoverMark, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("client", m.client)
      w.string("covering", m.covering)
      w.string("by", m.by)
      w.date("at", m.at)
    }
  }

  private static func client(_ c: Client, ledger: Ledger?, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", c.id)
      w.string("name", c.name)
      w.key("aliases")
      w.array(c.aliases) { $0.string($1) }
      w.string("status", c.status.rawValue)
      w.string("city", c.city)
      w.key("tags")
      w.array(c.tags) { $0.string($1) }
      w.amount("creditLimit", c.creditLimit)
      w.int("paymentTermsDays", c.paymentTerms?.days)
      w.string("reliability", c.reliability)
      w.key("contacts")
      w.array(c.contacts) { w, contact in
        w.object { w in
          w.string("name", contact.name)
          w.string("phone", contact.phone)
          w.string("email", contact.email)
        }
      }
      w.amount("owes", ledger?.owes ?? 0)
      w.amount("orderedNotInvoiced", ledger?.orderedNotInvoiced ?? 0)
      w.amount("creditExposure", ledger?.exposure ?? 0)
      w.string("taxNumber", c.tax?.taxNumber)  // VAT:
      w.string("billingAddress", c.tax?.address)
      w.string("vat", (c.tax?.vat ?? .standard).rawValue)
    }
  }

  private static func product(_ p: Product, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("sku", p.sku)
      w.string("name", p.name)
      w.string("category", p.category)
      w.string("unit", "m")
      w.amount("listPrice", p.listPrice)
      w.amount("cost", p.cost)
      w.quantity("widthCm", p.widthCm)
      w.quantity("gsm", p.gsm)
      w.string("composition", p.composition)
      w.string("colour", p.colour)
      w.string("finish", p.finish)
      w.quantity("rollLength", p.rollLength)
      w.quantity("minimumOrderMeters", p.minimumOrderMeters)
      w.quantity("minimumCutMeters", p.minimumCutMeters)
      w.quantity("warehouseMeters", p.warehouseMeters)
      w.key("lots")
      w.array(p.lots) { w, lot in
        w.object { w in
          w.string("lot", lot.id)
          w.quantity("meters", lot.meters)
        }
      }
    }
  }
}
