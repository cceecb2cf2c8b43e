import DealdeskTrainer
import Foundation

/// Which client a `train` line asks for: a named persona, or one drawn from the seed.
enum PracticeStart {
  /// The persona for what was typed ("hawk", "the price hawk", "Bluffer"); nil when no persona
  /// was named. An unknown word is an error that lists the personas.
  static func persona(_ typed: String?) -> Result<Persona?, PracticeStartError> {
    guard let typed else { return .success(nil) }
    let word = typed.lowercased()
    if let persona = Persona(rawValue: word) ?? aliases[word] { return .success(persona) }
    return .failure(PracticeStartError(unknown: typed))
  }

  private static let aliases: [String: Persona] = [
    "price-hawk": .hawk, "pricehawk": .hawk, "hawks": .hawk, "partners": .partner, "mirrors": .mirror,
    "rushed": .rush, "hurry": .rush, "bluff": .bluffer, "bluffers": .bluffer,
  ]

  /// A seed when none was given: the minute on the desk's clock and how many practices came
  /// before, so two practices in the same minute still differ, and a script replays the same.
  static func seed(now: Date, played: Int) -> UInt64 {
    let minute = UInt64(max(0, Int(now.timeIntervalSince1970 / 60)))
    var mixer = SplitMix64(seed: minute &* 1_000_003 &+ UInt64(played))
    return mixer.next() % 1_000_000
  }

  static let personaList = Persona.allCases.map(\.rawValue)
}

public struct PracticeStartError: Error, Equatable {
  public let message: String

  init(message: String) { self.message = message }

  init(unknown: String) {
    message = "There is no client persona called \(unknown). Choose one of: \(PackageText.sentenceList(PracticeStart.personaList)) — e.g. train hawk. Or type train for one drawn at random."
  }
}
