import Foundation

/// A client's statement of account, as a controller sends it: the balance brought forward,
/// each invoice, payment and credit note in date order with the running balance, and the
/// balance carried. Its closing balance is the ledger's `owes`, read from the same records:
/// invoices and credit notes at their gross, VAT included, as the client pays them.
public struct Statement: Sendable, Equatable {
  public enum Kind: String, Sendable { case invoice, payment, creditNote = "credit note" }

  public struct Line: Sendable, Equatable {
    public var at: Date
    public var kind: Kind
    /// INV-n, P-n, CN-n
    public var reference: String
    /// The order it is about, if any.
    public var order: String?
    /// What it adds to the balance (an invoice) or takes off (a payment, a credit note: negative).
    public var amount: Decimal
    public var balance: Decimal
  }

  public var client: String
  /// Lines from this moment on; nil: from the first.
  public var from: Date?
  public var to: Date
  public var opening: Decimal
  public var lines: [Line]
  public var closing: Decimal { lines.last?.balance ?? opening }
}

extension Desk {
  /// The statement of one client's account up to `to`, opening at `from` (everything before
  /// it brought forward as one balance).
  public func statement(for client: String, from: Date? = nil, to: Date) -> Statement {
    var entries: [(at: Date, order: Int, line: Statement.Line)] = []
    for invoice in invoices(for: client) where invoice.issuedAt <= to {
      entries.append((invoice.issuedAt, 0, .init(at: invoice.issuedAt, kind: .invoice, reference: invoice.id, order: invoice.order, amount: gross(of: invoice), balance: 0)))
    }
    for note in creditNotes(for: client) where note.at <= to {
      entries.append((note.at, 1, .init(at: note.at, kind: .creditNote, reference: note.id, order: note.order, amount: -gross(of: note), balance: 0)))
    }
    for payment in payments(for: client) where payment.at <= to {
      entries.append((payment.at, 2, .init(at: payment.at, kind: .payment, reference: payment.id, order: payment.order, amount: -payment.amount, balance: 0)))
    }
    // By date; on one moment, invoices before credit notes before payments, then by number.
    entries.sort { a, b in
      if a.at != b.at { return a.at < b.at }
      if a.order != b.order { return a.order < b.order }
      return Ids.order(a.line.reference, b.line.reference)
    }
    var opening: Decimal = 0
    var lines: [Statement.Line] = []
    for entry in entries {
      if let from, entry.at < from {
        opening += entry.line.amount
        continue
      }
      var line = entry.line
      line.balance = (lines.last?.balance ?? opening) + line.amount
      lines.append(line)
    }
    return Statement(client: client, from: from, to: to, opening: opening, lines: lines)
  }
}
