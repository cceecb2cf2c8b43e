/// One line a trainee types during a practice negotiation, as understood: a move of the
/// negotiation (TRAINER.md, "The protocol") or a request about the practice itself.
public enum TraineeLine: Equatable, Sendable {
  case offer(TraineeOffer)
  case accept
  case walkAway
  case askAboutPriorities
  case askAboutAlternatives
  /// The trainee tells its own priorities ("my priorities are margin, then payment").
  case sharePriorities
  /// Where the negotiation stands: round, both packages.
  case status
  case help
  /// Leave the practice without finishing it (not scored).
  case quit
}

/// The terms of one offer in the case's own units; nil keeps the trainee's standing term.
/// The values are as typed: whether the case allows them is the negotiation's to say.
public struct TraineeOffer: Equatable, Sendable {
  public var discountPercent: Int?
  public var meters: Int?
  public var paymentDays: Int?
  public var leadDays: Int?
  /// The trainee gave a reason ("… because you are a long-standing client").
  public var labelled = false
  /// Part of the package was made a condition ("90 days if 3000m").
  public var contingent = false

  public init(
    discountPercent: Int? = nil, meters: Int? = nil, paymentDays: Int? = nil, leadDays: Int? = nil,
    labelled: Bool = false, contingent: Bool = false
  ) {
    self.discountPercent = discountPercent
    self.meters = meters
    self.paymentDays = paymentDays
    self.leadDays = leadDays
    self.labelled = labelled
    self.contingent = contingent
  }

  public var isEmpty: Bool { discountPercent == nil && meters == nil && paymentDays == nil && leadDays == nil }
}

extension TraineeLine {
  /// The forms a trainee can type, for help and for error suggestions.
  public static let examples = [
    "offer 8% 2000m net 30 14 days", "offer 90 days if 3000m", "offer 60 days because you order every month",
    "ask about priorities", "ask about alternatives", "my priorities are margin, then volume",
    "accept", "walk away",
  ]

  /// The offer `line` with `terms` added after its own terms, before any condition or
  /// reason, so that what is added is neither: ("offer 90 days if 3000m", ["0%"]) →
  /// "offer 90 days, 0% if 3000m". The line the trainee can type to say the whole offer.
  public static func adding(_ terms: [String], to line: String) -> String {
    guard !terms.isEmpty, let tokens = try? Tokenizer.tokenize(line) else { return line }
    let clause = TraineeOfferReader.clauseStart(tokens)
    // The terms end at the last word before the clause; punctuation after it ("offer 10%.") goes.
    let limit = clause ?? Int.max
    let end = tokens.filter { $0.kind != .punctuation && $0.offset < limit }.map { $0.offset + $0.length }.max() ?? line.count
    let head = String(line.prefix(end))
    let added = head + ", " + terms.joined(separator: ", ")
    guard let clause else { return added }
    return added + " " + String(line.dropFirst(clause))
  }

  /// Reads one line. Errors point at the word that did not fit and suggest a form.
  public static func read(_ line: String) -> Result<TraineeLine, ParseError> {
    let tokens: [Token]
    do {
      tokens = try Tokenizer.tokenize(line)
    } catch {
      return .failure(ParseError("That line has an unclosed quote.", offset: error.offset))
    }
    let words = tokens.filter { $0.kind != .punctuation || $0.text == "?" }
    guard !words.isEmpty else { return .failure(ParseError("Say a move.", suggestion: "e.g. \(examples[0])")) }
    let asked = words.last?.kind == .punctuation
    if let phrase = TraineePhrases.line(words.filter { $0.kind == .word }.map(\.folded), asked: asked) {
      return .success(phrase)
    }
    do {
      return .success(.offer(try TraineeOfferReader.read(tokens)))
    } catch {
      return .failure(error)
    }
  }
}
