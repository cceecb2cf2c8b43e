import Foundation

/// How a client's sales are taxed: at the standard rate, or zero-rated as an export.
public enum VATTreatment: String, Codable, Sendable, Equatable, CaseIterable {
  case standard
  /// Goods leaving the country: zero-rated, whatever the standard rate is.
  case export
}

/// The desk's VAT rate table, a setting: the standard rate (Albania's 20% unless a director
/// sets another); an export is zero-rated by law, so it has no setting.
public struct VATRates: Codable, Sendable, Equatable {
  /// Percent, from 0 to 100.
  public var standardPercent: Decimal

  public init(standardPercent: Decimal = VATRates.albanianStandard) {
    self.standardPercent = standardPercent
  }

  /// Albania's standard rate of VAT (TVSH).
  public static let albanianStandard: Decimal = 20

  /// The rate, in percent, for a client taxed this way.
  public func percent(for treatment: VATTreatment) -> Decimal {
    switch treatment {
    case .standard: return standardPercent
    case .export: return 0
    }
  }
}

/// VAT on a document, and the one rounding rule every document, reply and export reads:
/// the document's net amounts are added up per rate, and the VAT of each rate is that net
/// times the rate, rounded half away from zero to the cent **once per document and rate**
/// (never per line). Gross is net plus VAT, so each rate's figures and the document's totals
/// reconcile to the cent. Credit notes against one invoice are rounded on their running
/// total (`vat(of: CreditNote)`), so crediting an invoice in full gives back its VAT exactly.
public enum VAT {
  /// One rate's figures on a document.
  public struct Row: Sendable, Equatable {
    public var percent: Decimal
    public var net: Decimal
    public var vat: Decimal
    public var gross: Decimal { net + vat }

    public init(percent: Decimal, net: Decimal, vat: Decimal) {
      self.percent = percent
      self.net = net
      self.vat = vat
    }
  }

  /// A document's VAT block: one row per rate, in ascending order of rate, and the totals.
  public struct Breakdown: Sendable, Equatable {
    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    public var net: Decimal { rows.reduce(0) { $0 + $1.net } }
    public var vat: Decimal { rows.reduce(0) { $0 + $1.vat } }
    public var gross: Decimal { rows.reduce(0) { $0 + $1.gross } }

    public static let empty = Breakdown(rows: [])

    /// Two documents' blocks as one (a statement's invoices less its credit notes): the
    /// rows of one rate added up, each already rounded on its own document.
    public func adding(_ other: Breakdown, sign: Decimal = 1) -> Breakdown {
      var rows = self.rows
      for row in other.rows {
        if let i = rows.firstIndex(where: { $0.percent == row.percent }) {
          rows[i].net += sign * row.net
          rows[i].vat += sign * row.vat
        } else {
          rows.append(Row(percent: row.percent, net: sign * row.net, vat: sign * row.vat))
        }
      }
      return Breakdown(rows: rows.sorted { $0.percent < $1.percent })
    }
  }

  /// The VAT on `net` at `percent`, rounded half away from zero to the cent.
  public static func amount(net: Decimal, percent: Decimal) -> Decimal {
    Money.round(net * percent / 100)
  }

  /// The block of a document whose lines are these net amounts, each at its rate.
  public static func breakdown(_ lines: [(net: Decimal, percent: Decimal)]) -> Breakdown {
    var nets: [Decimal: Decimal] = [:]
    for line in lines { nets[line.percent, default: 0] += line.net }
    let rows = nets.keys.sorted().map { percent in
      let net = nets[percent] ?? 0
      return Row(percent: percent, net: net, vat: amount(net: net, percent: percent))
    }
    return Breakdown(rows: rows)
  }
}

extension Desk {
  /// The rate, in percent, a document for this client is issued at today.
  public func vatPercent(forClient id: String) -> Decimal {
    settings.vatRates.percent(for: clients[id]?.tax?.vat ?? .standard)
  }

  /// The rate an invoice was issued at; one issued before the desk kept VAT reads at the
  /// client's rate today (docs/export-format.md).
  public func vatPercent(of invoice: Invoice) -> Decimal {
    invoice.vatPercent ?? vatPercent(forClient: invoice.clientId)
  }

  /// The rate a credit note carries: its own; one from before the desk kept VAT takes the
  /// rate of the invoice it credits, or the client's rate today when it is on account.
  public func vatPercent(of note: CreditNote) -> Decimal {
    if let percent = note.vatPercent { return percent }
    return creditNotePercent(client: note.clientId, order: note.order)
  }

  /// The rate a new credit note is issued at: the invoice's it credits (it takes back VAT
  /// charged at that rate), else the client's today.
  func creditNotePercent(client: String, order: String?) -> Decimal {
    if let order, let invoice = invoice(of: order) { return vatPercent(of: invoice) }
    return vatPercent(forClient: client)
  }

  /// An invoice's VAT block: its net amount at its rate.
  public func vat(of invoice: Invoice) -> VAT.Breakdown {
    VAT.breakdown([(invoice.amount, vatPercent(of: invoice))])
  }

  /// A credit note's VAT block, in positive figures (what it takes off). See `vat(ofNotes:)`.
  public func vat(of note: CreditNote) -> VAT.Breakdown {
    let before = creditNotes(for: note.clientId).filter { $0.order != nil && $0.order == note.order && $0.number < note.number }
    return vat(ofNotes: before + [note]).last ?? VAT.breakdown([(note.amount, vatPercent(of: note))])
  }

  /// The VAT blocks of credit notes, given in order of number with every earlier note
  /// against the same invoices. A note against an invoice at the invoice's rate takes back
  /// the VAT of all credited on that invoice so far, itself included, less what the notes
  /// before it took back: rounded once on the running total, so an invoice credited in
  /// pieces gives back exactly the VAT it charged (each piece rounded alone could give back a
  /// cent more). A note on account, or at another rate, is rounded on its own.
  func vat(ofNotes notes: [CreditNote]) -> [VAT.Breakdown] {
    var credited: [String: Decimal] = [:]
    return notes.map { note in
      let percent = vatPercent(of: note)
      guard let order = note.order, let invoice = invoice(of: order), vatPercent(of: invoice) == percent else {
        return VAT.breakdown([(note.amount, percent)])
      }
      let before = credited[order, default: 0]
      credited[order] = before + note.amount
      let vat = VAT.amount(net: before + note.amount, percent: percent) - VAT.amount(net: before, percent: percent)
      return VAT.Breakdown(rows: [VAT.Row(percent: percent, net: note.amount, vat: vat)])
    }
  }

  /// An order's VAT block: its invoice's once issued; before, at the client's rate today,
  /// the rate its invoice would be issued at.
  public func vat(of order: Order) -> VAT.Breakdown {
    if let invoice = invoice(of: order.id) { return vat(of: invoice) }
    return vatToday(net: order.total, client: order.clientId)
  }

  /// A net amount for this client with VAT at the client's rate today: what an invoice
  /// issued now would ask (an order not yet shipped, or one being weighed for credit).
  public func vatToday(net: Decimal, client: String) -> VAT.Breakdown {
    VAT.breakdown([(net, vatPercent(forClient: client))])
  }

  /// What an invoice asks the client to pay: its net plus its VAT. The ledger's figure.
  public func gross(of invoice: Invoice) -> Decimal { vat(of: invoice).gross }

  /// What a credit note gives back: its net plus the VAT it takes back.
  public func gross(of note: CreditNote) -> Decimal { vat(of: note).gross }

  /// What an order will ask the client to pay, VAT included (see `vat(of:)`).
  public func gross(of order: Order) -> Decimal { vat(of: order).gross }

  /// A statement's VAT: its invoices' blocks less its credit notes', per rate. Payments
  /// carry no VAT.
  public func vat(of statement: Statement) -> VAT.Breakdown {
    var total = VAT.Breakdown.empty
    for line in statement.lines {
      switch line.kind {
      case .invoice:
        if let invoice = invoices[line.reference] { total = total.adding(vat(of: invoice)) }
      case .creditNote:
        if let note = creditNotes[line.reference] { total = total.adding(vat(of: note), sign: -1) }
      case .payment:
        continue
      }
    }
    return total
  }
}
