import DealdeskLanguage
import DealdeskTrainer
import Foundation

/// One practice negotiation as the trainee sees it: the trainee's lines in, the client's
/// sentences out, the debrief at the end. It holds no desk: a practice never changes one.
public final class Practice {
  public let seed: UInt64
  public let persona: Persona
  /// Whether the trainee chose the persona (else the seed did, and it stays hidden until the debrief).
  public let personaNamed: Bool
  public private(set) var negotiation: Negotiation
  private var voice: ClientVoice
  /// Set once the negotiation has ended and its debrief been shown.
  public private(set) var result: PracticeResult?

  /// nil only if the persona's tables were wrong (a test draws every persona).
  public init?(persona: Persona, seed: UInt64, personaNamed: Bool) {
    guard let setup = ClientSetup.draw(persona, seed: seed) else { return nil }
    self.seed = seed
    self.persona = persona
    self.personaNamed = personaNamed
    negotiation = Negotiation(setup: setup)
    voice = ClientVoice(persona: persona, seed: seed)
  }

  /// The line that replays this practice: `train hawk --seed 7`, or `train --seed 7` when the
  /// seed chose the client (it chooses the same one again, and keeps it unnamed).
  public var replayCommand: String { personaNamed ? "train \(persona.rawValue) --seed \(seed)" : "train --seed \(seed)" }

  /// "round 3 · Marlow Interiors> "
  public var prompt: String { "round \(negotiation.state.round + 1) · \(voice.company)> " }

  /// The head of the session: the case, the client, the moves, and the client's first words.
  public func opening() -> String {
    let case_ = negotiation.space.seller.trainingCase
    let floor = case_.policyFloor
    let who = personaNamed ? ", \(persona.article) \(persona.rawValue)" : ""
    return """
      Practice negotiation · seed \(seed) · your desk is not touched.
      You sell linen listed at \(Format.money(case_.listPrice))/m; it costs you \(Format.money(case_.unitCost))/m. \
      Your floor is the policy deal \(PackageText.describe(floor)) (margin \(Format.money(negotiation.space.margin(floor)))).
      On the table: discount 0–20% · 1,000 to 3,000 m in steps of 500 · net 0, 30, 45, 60 or 90 · delivery in 7, 14, 21, 30 or 45 days.
      Moves: \(TraineeLine.examples.joined(separator: " · ")) · status · help · quit
      Your client: \(voice.contact) at \(voice.company)\(who).
      \(voice.contact): \(voice.opening(needMeters: negotiation.setup.profile.needMeters))
      """
  }

  /// Answers one line. A refused or misunderstood move changes nothing and uses no round.
  /// `asking`: someone at a terminal can answer yes/no, so an offer that leaves terms out is
  /// asked about before it spends a round (at a pipe it is made, saying what it kept).
  public func handle(_ line: String, asking: Bool = false) -> PracticeReply {
    guard result == nil else { return .error("This practice is over.") }
    switch TraineeLine.read(line) {
    case .failure(let error):
      let suggestion = error.suggestion.map { " Try: \($0)." } ?? ""
      return .error(error.message + suggestion + " No round used.")
    case .success(let read):
      return perform(read, typed: line, asking: asking)
    }
  }

  private func perform(_ line: TraineeLine, typed: String, asking: Bool) -> PracticeReply {
    switch line {
    case .help: return PracticeReply(help)
    case .status: return PracticeReply(status)
    case .quit:
      result = PracticeResult(scored: false)
      return PracticeReply("Practice stopped after \(rounds(negotiation.state.round)): not scored. Your desk is as it was.", finished: true)
    case .offer(let offer):
      switch OfferTerms.values(
        discountPercent: offer.discountPercent, meters: offer.meters, paymentDays: offer.paymentDays, leadDays: offer.leadDays)
      {
      case .failure(let rejection): return .error(PackageText.rejection(rejection))
      case .success(let terms):
        let package = terms.completed(from: negotiation.state.standing)
        let offered = "\(PackageText.describe(package)) (your margin \(Format.money(negotiation.space.margin(package))))"
        let made = TraineeMove.offer(terms, labelled: offer.labelled, contingent: offer.contingent)
        guard let assumed = AssumedTerms(offer, package: package) else { return move(made, before: "You offer \(offered).") }
        return partial(made, assumed, offered: offered, typed: typed, asking: asking)
      }
    case .accept: return move(.accept)
    case .walkAway: return move(.walkAway)
    case .askAboutPriorities: return move(.askAboutPriorities)
    case .askAboutAlternatives: return move(.askAboutAlternatives)
    case .sharePriorities: return move(.sharePriorities)
    }
  }

  /// An offer that leaves terms out. Before the trainee's first offer the missing terms
  /// would come from the list terms, which they never said: that is never done on its own
  /// (refused, with the whole offer to type; at a terminal, asked). Later they stay as the
  /// trainee last offered them, as the help says: made and named, or at a terminal asked.
  private func partial(_ made: TraineeMove, _ assumed: AssumedTerms, offered: String, typed: String, asking: Bool) -> PracticeReply {
    let whole = assumed.line(completing: typed)
    let round = "Offer it as round \(negotiation.state.round + 1)?"
    guard negotiation.state.traineeOffered else {
      let took = "Your first offer leaves out \(assumed.names): I would take \(assumed.words) from your list terms, making it \(offered)."
      var reply = PracticeReply.error("\(took) To offer that, say it whole: \(whole). No round used.")
      reply.question = YesNoQuestion("\(took) \(round)", line: whole, declined: "No round used.")
      return reply
    }
    let kept = "Kept from your last offer: \(assumed.words)."
    guard !asking else {
      var reply = PracticeReply("")
      reply.question = YesNoQuestion("That makes \(offered). \(kept) \(round)", line: whole, declined: "No round used.")
      return reply
    }
    return move(made, before: "You offer \(offered). \(kept)")
  }

  private func move(_ move: TraineeMove, before: String? = nil) -> PracticeReply {
    switch negotiation.apply(move) {
    case .failure(let rejection): return .error(PackageText.rejection(rejection))
    case .success(let reply):
      var lines = before.map { [$0] } ?? []
      lines.append("\(voice.contact): \(voice.say(reply))")
      guard negotiation.state.status != .open else { return PracticeReply(lines.joined(separator: "\n")) }
      let finished = PracticeResult(negotiation: negotiation)
      result = finished
      lines.append("")
      lines.append(contentsOf: finished.debrief)
      lines.append("Replay this practice: \(replayCommand)")
      return PracticeReply(lines.joined(separator: "\n"), finished: true)
    }
  }

  private var status: String {
    let state = negotiation.state
    var lines = ["\(rounds(state.round).capitalizedFirst) played with \(voice.speaker)."]
    if state.traineeOffered {
      lines.append("Your offer: \(PackageText.describe(state.standing)) (margin \(Format.money(negotiation.space.margin(state.standing)))).")
    } else {
      lines.append("You have not made an offer yet.")
    }
    if let counter = state.clientCounter {
      lines.append("Their offer: \(PackageText.describe(counter)) (your margin \(Format.money(negotiation.space.margin(counter)))).")
    }
    return lines.joined(separator: "\n")
  }

  private var help: String {
    """
    Offer any of the four terms; the ones you leave out stay as you last offered them (your first offer names all four):
      offer 8% 2000m net 30 14 days      offer 12%      offer net 60 21 days delivery
      offer 90 days if 3000m             (a condition: the terms after "if" are part of the package)
      offer 60 days because you reorder every month   (a reason labels it as a concession)
    Ask and tell (these use no round): ask about priorities · ask about alternatives · my priorities are …
    End it: accept (their last offer) · walk away · quit (stop without a score)
    status shows both offers.
    """
  }

  /// Tab completion for the trainee: the moves, by their first words.
  public static func completions(line: String, wordStart: Int) -> [String] {
    let typed = line.prefix(wordStart).split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    let word = String(line.dropFirst(wordStart)).lowercased()
    let next = moveWords.compactMap { words -> String? in
      let head = words.dropLast().joined(separator: " ")
      guard head == typed, let last = words.last, last.hasPrefix(word) else { return nil }
      return last
    }
    return next
  }

  private static let moveWords: [[String]] = [
    ["offer"], ["accept"], ["walk"], ["walk", "away"], ["ask"], ["ask", "about"], ["ask", "about", "priorities"],
    ["ask", "about", "alternatives"], ["status"], ["help"], ["quit"],
  ]

  private func rounds(_ n: Int) -> String { n == 1 ? "1 round" : "\(n) rounds" }
}

/// What the practice answers to one line.
public struct PracticeReply: Equatable, Sendable {
  public var text: String
  public var isError: Bool
  /// The negotiation has ended (deal, no deal or stopped); the practice takes no more lines.
  public var finished: Bool
  /// Set when the move was not made but asked about: a terminal asks, and on yes sends its line.
  public var question: YesNoQuestion?

  public init(_ text: String, isError: Bool = false, finished: Bool = false) {
    self.text = text
    self.isError = isError
    self.finished = finished
  }

  static func error(_ text: String) -> PracticeReply { PracticeReply(text, isError: true) }
}

extension Persona {
  /// "a hawk", "an …": for "Ines at Juniper Home, a hawk".
  var article: String { "aeiou".contains(rawValue.prefix(1)) ? "an" : "a" }
}
