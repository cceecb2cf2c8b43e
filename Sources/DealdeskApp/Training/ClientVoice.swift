import DealdeskTrainer

/// How the simulated client speaks: a name drawn from the seed, and for each reply one of
/// a few sentences in its persona's manner, drawn from the seed's phrasing stream. The
/// decision is the negotiation's; this only words it, always with the client's full package,
/// and never tells what the client keeps to itself (whether it is bluffing).
struct ClientVoice {
  let persona: Persona
  let contact: String
  let company: String
  private var phrasing: SplitMix64

  init(persona: Persona, seed: UInt64) {
    let streams = Streams(seed: seed)
    var names = streams.generator(for: .names)
    company = Self.companies[names.int(below: Self.companies.count)]
    contact = Self.contacts[names.int(below: Self.contacts.count)]
    self.persona = persona
    phrasing = streams.generator(for: .phrasing)
  }

  /// "Dana (Marlow Interiors)"
  var speaker: String { "\(contact) (\(company))" }

  /// The client's first words, before the trainee's first offer.
  mutating func opening(needMeters: Int) -> String {
    let need = Format.count(needMeters)
    return pick([
      .hawk: [
        "We need about \(need) m of the linen. I'll be frank: price decides this.",
        "About \(need) m. Others are keen to have our business, so sharpen your pencil.",
      ],
      .partner: [
        "Good to talk again. We're looking at roughly \(need) m; let's find something that works for both of us.",
        "We'd like about \(need) m of the linen. Tell me what you can do and we'll work from there.",
      ],
      .mirror: [
        "We need about \(need) m. Make us an offer.",
        "Roughly \(need) m of linen. What do you have for us?",
      ],
      .rush: [
        "We need \(need) m, and we need it fast: our line starts soon. What can you do?",
        "I'm short of time. \(need) m of the linen, delivered quickly. Your offer?",
      ],
      .bluffer: [
        "We need about \(need) m. I should say we already have a very good quote from another mill.",
        "Around \(need) m. Frankly, another supplier has made us an offer that's hard to beat.",
      ],
    ])
  }

  /// The client's answer to a move, with its package.
  mutating func say(_ reply: ClientReply) -> String {
    let package = PackageText.describe(reply.package)
    switch reply.intent {
    case .counter: return counter(package)
    case .counterWithThreat: return threat(package)
    case .backDown:
      return pick(all: [
        "Let me check with my boss… All right. We could live with \(package).",
        "Hm. I've talked to my manager. \(package), and we can close today.",
      ])
    case .accept:
      return pick(all: ["That works for us. Deal: \(package).", "Agreed: \(package). Send the contract.", "You have a deal: \(package)."])
    case .dealConfirmed:
      return pick(all: ["Then we have a deal: \(package). Pleasure doing business.", "Deal: \(package). I'll have the order sent over."])
    case .walkAway:
      return pick(all: [
        "We've run out of time. We'll go with the other mill. Our last offer was \(package).",
        "I can't wait any longer; we're taking the competitor's quote. We had offered \(package).",
      ])
    case .traineeWalkedAway:
      return pick(all: ["That's a pity. Our offer was \(package).", "Understood. For the record, we were at \(package)."])
    case .answer(let answer):
      return self.answer(answer, package: package)
    }
  }

  private mutating func counter(_ package: String) -> String {
    pick([
      .hawk: [
        "Too expensive. We can do \(package).", "No. \(package), and that's already generous of us.",
        "The price has to move. \(package).",
      ],
      .partner: [
        "We're getting closer. How about \(package)?", "I think we can meet: \(package)?",
        "Let's try this: \(package). Would that work for you?",
      ],
      .mirror: [
        "Our offer: \(package).", "Then we say \(package).", "You move, we move. \(package).",
      ],
      .rush: [
        "We need to settle this quickly. \(package)?", "Time is short. Can you do \(package)?",
        "Let's not drag this out: \(package).",
      ],
      .bluffer: [
        "Not good enough. \(package).", "We can do better elsewhere. \(package).",
        "You'll have to do better than that. \(package).",
      ],
    ])
  }

  private mutating func threat(_ package: String) -> String {
    pick(all: [
      "The other mill beats this easily. \(package), or we take their offer.",
      "I have a better quote on my desk. Match \(package) or we walk.",
      "Frankly, we don't need you. \(package), or we go elsewhere.",
    ])
  }

  private mutating func answer(_ answer: ClientAnswer, package: String) -> String {
    switch answer {
    case .priorities(let issues):
      let names = issues.map(PackageText.issueName)
      let first = names.first ?? "the price"
      let last = names.last ?? "delivery time"
      let second = names.count > 1 ? names[1] : first
      return pick(all: [
        "Honestly? \(first.capitalizedFirst) matters most to us, then \(second); \(last) least. Our offer stands: \(package).",
        "For us it's \(first) first, then \(second). \(last.capitalizedFirst) matters least. We're at \(package).",
      ])
    case .prioritiesWithheld:
      return pick([
        .hawk: ["Price. That's all you need to know. Our offer stands: \(package).", "Everything matters. Our offer stands: \(package)."],
        .mirror: ["You first: what matters to you? Our offer stands: \(package).", "Tell me yours and I'll tell you mine. We're at \(package)."],
      ], otherwise: ["I'd rather not say. Our offer stands: \(package)."])
    case .alternative(let claimsBetterQuote, _):
      if claimsBetterQuote {
        return pick(all: [
          "Yes: another mill has quoted us better than anything you've offered. We're at \(package).",
          "We have a stronger quote elsewhere, and not much reason to wait. \(package).",
        ])
      }
      return pick(all: [
        "We have other suppliers, of course, but we'd rather work with you. Our offer stands: \(package).",
        "There's a quote from another mill, nothing special. We're at \(package).",
      ])
    case .noted:
      return pick(all: ["Thanks, that helps. Our offer stands: \(package).", "Good to know. We're at \(package)."])
    }
  }

  /// One sentence for this persona; the draw advances the phrasing stream once per reply,
  /// so the whole conversation is fixed by the seed and the moves.
  private mutating func pick(_ byPersona: [Persona: [String]], otherwise: [String] = []) -> String {
    pick(all: byPersona[persona] ?? otherwise)
  }

  private mutating func pick(all options: [String]) -> String {
    guard !options.isEmpty else { return "" }
    return options[phrasing.int(below: options.count)]
  }

  static let companies = [
    "Marlow Interiors", "Bellweather Upholstery", "Kestrel Workwear", "Oakridge Hotels", "Linden Curtains",
    "Harbour Bridal", "Copperfield Uniforms", "Juniper Home", "Atlas Drapery", "Fenwick & Daughters",
  ]
  static let contacts = ["Dana", "Luca", "Mira", "Tomás", "Ines", "Kemal", "Sofia", "Arben", "Hana", "Piet"]
}

extension String {
  /// "payment terms" → "Payment terms"
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
