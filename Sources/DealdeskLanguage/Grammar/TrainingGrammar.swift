import DealdeskCore

/// Starting a practice negotiation (`train`, `train hawk --seed 7`) and looking back at past
/// ones (`train history`). The moves inside a practice have their own reader (TraineeLine).
enum TrainingGrammar {
  static let family = "Practice negotiation"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "train history", family: family,
      verbs: ["train history", "training history", "practice history", "practise history"],
      summary: "Your past practice negotiations: persona, seed, outcome, score, and the trend.",
      usage: "train history", examples: ["train history"],
      parse: { _, _ throws(ParseError) in .desk(.trainingHistory) }),
    CommandSpec(
      name: "train", family: family, verbs: ["train", "practice", "practise", "train with", "practice with"],
      summary: "Practise a fabric deal against a simulated client (hawk, partner, mirror, rush or bluffer; one drawn from the seed if none is named). The desk itself is never changed.",
      usage: "train [PERSONA] [--seed N]",
      examples: ["train", "train hawk", "train bluffer --seed 7", "practice with the partner seed 3"],
      parse: { c, _ throws(ParseError) in try start(&c) }),
  ]

  /// `[the] [PERSONA] [--seed N | seed N]`, in either order.
  static func start(_ c: inout Cursor) throws(ParseError) -> Intent {
    var persona: String?
    var seed: UInt64?
    while !c.isAtEnd {
      c.skipFiller()
      guard let word = c.word() else { break }
      if word.hasPrefix("--seed="), let number = UInt64(word.dropFirst("--seed=".count)) {
        seed = number
        c.fill("seed", String(number))
        c.index += 1
      } else if word == "--seed" || word == "seed" || word == "-s" {
        let at = c
        c.index += 1
        _ = c.take("=")
        guard let value = c.word(), let number = UInt64(value) else {
          throw at.error("The seed is a whole number.", suggestion: "e.g. train hawk --seed 7")
        }
        seed = number
        c.fill("seed", value)
        c.index += 1
      } else if persona == nil, !word.hasPrefix("-") {
        // "the price hawk" is the hawk's full name.
        if word == "price", c.word(1) == "hawk" { c.index += 1 }
        persona = c.word() ?? word
        c.fill("persona", persona ?? word)
        c.index += 1
      } else {
        throw c.error("train takes a persona and --seed N, not \(word).", suggestion: "e.g. train bluffer --seed 7")
      }
    }
    return .desk(.train(persona: persona, seed: seed))
  }
}
