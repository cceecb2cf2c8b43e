import DealdeskCore
import Foundation

/// The condition a manager or a client puts on a discount: "15% if they take 500m", "10% but
/// net 60", "11%, but prepaid", "10% if they pay upfront". A condition is a real term of the
/// package — a quantity is the line's metres, a way of paying is the payment terms — so it is
/// read into the terms, never dropped: a condition the desk cannot write down stays unread,
/// and the line is refused naming it.
enum Conditions {
  /// What a condition says, once its words are read.
  enum Reading {
    case quantity((amount: Decimal, unit: QuantityUnit))
    case payment(PaymentTerms)
    /// Only the connecting words ("but", "if", "provided"): the terms follow.
    case connector
  }

  /// Words that join a condition to what it conditions; the terms themselves follow them.
  private static let connectors = [
    "only if", "if", "but only if", "but", "provided that", "provided", "as long as", "on condition that", "on condition",
    "in exchange for", "in return for", "for a minimum of", "for at least", "for orders of", "for orders over",
    "on orders of", "on orders over", "for orders above",
  ]

  /// Words by which the client commits to a quantity, before it: "if they take 500m".
  private static let takes = [
    "they take", "they order", "they buy", "they commit to", "they go for", "they do", "the order is", "order is",
    "it is", "it's", "its", "we get", "we get an order of", "an order of", "a minimum of", "minimum of", "minimum", "min",
    "at least", "take", "order", "buy", "takes", "orders", "buys", "they take at least", "they order at least",
  ]

  /// Ways of saying the client pays before delivery after a condition's words.
  private static let upfront = [
    "they pay upfront", "they pay up front", "they pay in advance", "they prepay", "they pay before delivery",
    "they pay first", "pay upfront", "pay up front", "paid upfront", "paid up front", "paid in advance", "pay in advance",
    "payment upfront", "payment up front", "upfront payment", "upfront", "up front", "in advance", "cash upfront",
  ]

  /// Reads a condition at the cursor: connecting words, then a quantity or a way of paying.
  /// Connecting words alone are read as such, for the terms after them to be read as terms.
  /// The words a condition can start with: any other word is passed over before a phrase is tried.
  private static let firstWords: Set<String> = Set((connectors + upfront).compactMap { $0.split(separator: " ").first.map(String.init) })

  static func read(_ c: inout Cursor) throws(ParseError) -> Reading? {
    guard let word = c.word(), firstWords.contains(word) else { return nil }
    let start = c.index
    guard c.takeAny(connectors) != nil else { return upfrontPayment(&c) }
    if let paying = upfrontPayment(&c) { return paying }
    if c.takeAny(["they pay", "they can pay", "paid", "paying"]) != nil {
      // "if they pay net 30": the terms follow as terms.
      return .connector
    }
    let committed = c.takeAny(takes) != nil
    if committed { _ = c.takeAny(["at least", "a minimum of", "minimum", "min"]) }
    if let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
      c.index += n
      _ = c.takeAny(["or more", "and up", "plus", "or over"])
      c.fill("condition", "takes \(Money.trimmed(q.amount)) \(q.unit)")
      return .quantity(q)
    }
    if committed {
      // "if they take more", "if they order soon": a condition with no quantity the desk can
      // write down is named and refused, never dropped.
      let end = c.tokens.firstIndex(where: { $0.kind == .punctuation && $0.text == "," }).map { max($0, c.index) } ?? c.tokens.count
      let words = c.text(from: start, to: max(end, c.index + 1))
      throw ParseError("I can't read the condition \"\(words)\" as a term of the deal.",
                       suggestion: "Give it as a quantity or terms, e.g. 15% if they take 500m, 10% if they pay upfront")
    }
    return .connector
  }

  private static func upfrontPayment(_ c: inout Cursor) -> Reading? {
    guard c.takeAny(upfront) != nil else { return nil }
    c.fill("payment", PaymentTerms.prepayment.label)
    return .payment(.prepayment)
  }
}
