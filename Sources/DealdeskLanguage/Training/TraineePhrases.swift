/// The moves that are phrases rather than terms: accepting, walking away, the questions,
/// and the practice's own requests. A line is one of these only as a whole, so "accept"
/// inside an offer ("offer 8% if you accept 30 days") is never read as accepting.
enum TraineePhrases {
  static func line(_ words: [String], asked: Bool) -> TraineeLine? {
    let words = Array(words.drop { leading.contains($0) })
    guard let first = words.first else { return nil }
    let text = words.joined(separator: " ")
    if let exact = whole[text] { return exact }
    if first == "ask" || first == "asks" || words.contains(where: isQuestionWord) || asked {
      if words.contains(where: { $0.hasPrefix("priorit") || $0 == "matters" || $0 == "important" || $0 == "care" }) {
        return sharing(words) ? .sharePriorities : .askAboutPriorities
      }
      if words.contains(where: { $0.hasPrefix("alternative") || $0.hasPrefix("competitor") || $0 == "elsewhere" })
        || (words.contains("other") && words.contains(where: { offerWords.contains($0) }))
      {
        return .askAboutAlternatives
      }
    }
    if sharing(words), words.contains(where: { $0.hasPrefix("priorit") || $0 == "matters" || $0 == "important" }) {
      return .sharePriorities
    }
    return nil
  }

  /// "my priorities are …", "share my priorities", "tell you our priorities".
  private static func sharing(_ words: [String]) -> Bool {
    guard let first = words.first else { return false }
    return ["my", "our", "share", "tell", "for", "here"].contains(first) && !words.contains("your")
  }

  private static func isQuestionWord(_ word: String) -> Bool {
    ["what", "whats", "what's", "which", "do", "does", "have", "is", "are", "who", "any"].contains(word)
  }

  private static let offerWords: Set<String> = [
    "offer", "offers", "quote", "quotes", "supplier", "suppliers", "mill", "mills", "option", "options",
  ]

  /// Words said before a move that change nothing: "ok, accept", "well, walk away".
  private static let leading: Set<String> = ["ok", "okay", "well", "so", "then", "fine", "alright", "right", "i", "we"]

  /// Whole lines, after the leading words are dropped.
  private static let whole: [String: TraineeLine] = {
    var table: [String: TraineeLine] = [:]
    let groups: [(TraineeLine, [String])] = [
      (.accept, [
        "accept", "accept it", "accept that", "accept your offer", "accept the offer", "accept your counter",
        "deal", "it's a deal", "its a deal", "agreed", "agree", "done", "done deal", "take it", "will take it",
        "we'll take it", "i'll take it", "yes", "yes deal", "deal done", "you have a deal", "sold",
      ]),
      (.walkAway, [
        "walk away", "walk", "walk out", "no deal", "leave", "leave it", "goodbye", "bye", "pass", "we pass",
        "i pass", "end negotiation", "end the negotiation", "break off", "walk away from the deal",
      ]),
      (.askAboutPriorities, [
        "ask about priorities", "ask about your priorities", "ask priorities", "priorities", "priorities?",
        "what are your priorities", "what matters to you", "what matters most", "what matters most to you",
      ]),
      (.askAboutAlternatives, [
        "ask about alternatives", "ask about your alternatives", "ask alternatives", "alternatives",
        "what are your alternatives", "what is your alternative", "do you have other offers",
        "do you have other quotes", "ask about competitors", "ask about other offers",
      ]),
      (.sharePriorities, [
        "share priorities", "share my priorities", "share our priorities", "tell priorities",
        "tell my priorities", "tell our priorities", "tell you my priorities", "tell you our priorities",
      ]),
      (.status, ["status", "where are we", "where do we stand", "recap", "show", "show offers", "standing"]),
      (.help, ["help", "help moves", "moves", "what can i say", "what can i do", "?"]),
      (.quit, ["quit", "exit", "stop", "stop training", "stop practice", "end practice", "end training", "q"]),
    ]
    for (line, phrases) in groups {
      for phrase in phrases { table[phrase] = line }
    }
    return table
  }()
}
