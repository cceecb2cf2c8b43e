import DealdeskLanguage

/// What `help TOPIC` names: a family, a command, or nothing (with what it may have meant).
///
/// Several families are named after their own list command ("clients", "offers", "orders"):
/// the family's key wins, since its page shows that command too and leads on to the rest.
enum HelpTopic {
  case family(String)
  case command(CommandSpec)
  case unknown(near: [String])

  /// The one word that opens a family's page: its first word ("offers" for "Offers and
  /// negotiation", "desk" for "The desk itself"), unique across the families.
  static func key(_ family: String) -> String {
    let words = words(of: family)
    return words.first { $0 != "the" } ?? words.first ?? family
  }

  static func resolve(_ topic: String) -> HelpTopic {
    let topic = Fold.fold(topic)
    if let family = Grammar.families.first(where: { key($0) == topic || Fold.fold($0) == topic }) {
      return .family(family)
    }
    if let spec = Grammar.spec(named: topic) { return .command(spec) }
    // Another word of a family's name ("payments", "samples") when only one family has it.
    let having = Grammar.families.filter { words(of: $0).dropFirst().contains(topic) && !linking.contains(topic) }
    if having.count == 1, let family = having.first { return .family(family) }
    if having.count > 1 { return .unknown(near: having.map(key)) }
    return .unknown(near: near(topic))
  }

  /// Family keys and command names one or two typos from the topic, or that it begins;
  /// the closest first.
  private static func near(_ topic: String) -> [String] {
    // A family is near when any word of its name is ("negotiaton" → offers, practice).
    let familyWords = Grammar.families.flatMap { family in
      words(of: family).filter { !linking.contains($0) }.map { (word: $0, name: key(family)) }
    }
    let names = familyWords + Grammar.commands.map { (word: $0.name, name: $0.name) }
    var found: [(name: String, distance: Int)] = []
    for (word, name) in names {
      let distance = EditDistance.distance(topic, word, limit: 2) ?? (word.hasPrefix(topic) ? 3 : nil)
      guard let distance else { continue }
      if let seen = found.firstIndex(where: { $0.name == name }) {
        found[seen].distance = min(found[seen].distance, distance)
      } else {
        found.append((name, distance))
      }
    }
    let closest = found.enumerated().sorted { ($0.element.distance, $0.offset) < ($1.element.distance, $1.offset) }
    return closest.prefix(5).map(\.element.name)
  }

  private static let linking: Set<String> = ["and", "the", "itself"]

  private static func words(of family: String) -> [String] {
    Fold.fold(family).split { $0 == " " || $0 == "," }.map(String.init)
  }
}
