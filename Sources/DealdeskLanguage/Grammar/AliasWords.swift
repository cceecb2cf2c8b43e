import DealdeskCore
import Foundation

/// Whether a would-be alias reads as a name in a typed line. Lines skip filler words, open
/// with command words, and read references, dates, terms and numbers before names; an alias
/// that reads as one of these could never be used, and worse, a line naming it would quietly
/// mean something else ("offer AT 10%" with "at" skipped goes to the client in context).
/// The domain rules (no clash with another name) are `decide`'s; these are the language's.
public enum AliasWords {
  /// Why `alias` can't work as a name, as the end of a sentence ("reads as a date"); nil when it can.
  public static func problem(_ alias: String, now: Date) -> String? {
    guard let tokens = try? Tokenizer.tokenize(alias) else {
      return "has a quote mark in it, which starts a quoted name"
    }
    // Empty: decide says an alias needs a name.
    guard let first = tokens.first else { return nil }
    // Names are matched a word run at a time; punctuation ends the run.
    guard tokens.allSatisfy({ $0.kind == .word }) else {
      return "has punctuation or quotes in it, which break a name in a line"
    }
    let word = first.folded
    // Typed in capitals, a skipped word is read as a name when it is one ("offer AT 10%").
    if Lexicon.fillers.contains(word), !(tokens.count == 1 && Cursor.isCapitalised(first)) {
      return "reads as the word \"\(word)\", which the desk skips" + (tokens.count == 1 ? " unless it is written in capitals" : "")
    }
    if openingWords.contains(word) || Grammar.reserved.contains(word) || pronouns.contains(word) {
      return "\(tokens.count == 1 ? "is" : "starts with") \"\(word)\", one of the desk's own words"
    }
    if isReference(word) { return "reads as a reference like O-12 or S-7" }
    if let what = reading(tokens, now: now) { return "reads as \(what)" }
    guard alias.contains(where: \.isLetter) else { return "has no letters in it" }
    return nil
  }

  /// The first word of every command: a line opening with one is that command.
  private static let openingWords: Set<String> = Set(Grammar.verbWords.compactMap { $0.split(separator: " ").first.map(String.init) })

  /// Words that stand for the client in context (the parser's own list is private to it).
  private static let pronouns: Set<String> = ["he", "she", "it", "they", "client", "customer", "buyer"]

  /// Offers, orders, complaints, follow-ups, holds, requests, loans, clients, notes, expenses, payments.
  private static func isReference(_ word: String) -> Bool {
    if word.hasPrefix("#") { return Int(word.dropFirst()) != nil }
    let letters = word.prefix { $0.isLetter }
    var digits = word.dropFirst(letters.count)
    if digits.hasPrefix("-") { digits = digits.dropFirst() }
    return ["o", "s", "c", "f", "r", "rq", "l", "cl", "n", "e", "p"].contains(String(letters)) && Int(digits) != nil
  }

  /// What the scanners would take the first words for, if anything.
  static func reading(_ tokens: [Token], now: Date) -> String? {
    if DateScanner.scan(tokens, at: 0, now: now, calendar: DeskDate.calendar) != nil { return "a date or a time" }
    if TermsScanner.scan(tokens, at: 0) != nil { return "payment terms" }
    if PercentScanner.scan(tokens, at: 0) != nil { return "a percentage" }
    if QuantityScanner.scan(tokens, at: 0) != nil { return "a quantity" }
    if MoneyScanner.scan(tokens, at: 0, requireMarker: true) != nil { return "an amount" }
    if NumberScanner.scan(tokens, at: 0) != nil { return "a number" }
    return nil
  }
}
