import DealdeskCore

/// Understands one line: finds the command (by its opening words, or a client followed by
/// a verb), lets that command's grammar fill its slots, and resolves every name.
public enum Parser {
  private static let pronouns: Set<String> = ["they", "he", "she", "client", "the client", "customer", "buyer", "it"]

  public static func parse(_ line: String, context: ParseContext) throws(ParseError) -> Understood {
    let tokens: [Token]
    do {
      tokens = try Tokenizer.tokenize(line)
    } catch {
      throw ParseError(error.message, offset: error.offset)
    }
    var c = Cursor(line: line, tokens: tokens, context: context)
    c.skipFiller()
    guard !c.isAtEnd else { throw ParseError("Nothing to do.", suggestion: "Type help to see what the desk understands.") }

    if let understood = try question(&c) { return understood }
    if let (spec, subject) = try opening(&c) {
      let intent = try spec.parse(&c, subject)
      c.skipFiller()
      guard c.isAtEnd else { throw c.unexpected() }
      return Understood(
        intent: intent, action: spec.name, client: client(of: intent, subject: subject, context: context),
        slots: c.slots, ignored: c.ignored)
    }
    throw unknown(c)
  }

  /// "Acme?" and a bare name: show it.
  private static func question(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    guard let ref = try c.name([.client, .product]) else { return nil }
    c.skipFiller()
    _ = c.isPunctuation() && c.current?.text == "?" ? (c.index += 1) : ()
    guard c.isAtEnd else {
      c.index = start
      return nil
    }
    switch ref {
    case .client(let id):
      return Understood(intent: .question(.client(id: id)), action: "show", client: id,
                        slots: [.init(name: "client", value: c.context.names.display(ref))], ignored: c.ignored)
    case .product(let sku):
      return Understood(intent: .question(.product(sku: sku)), action: "show", client: nil,
                        slots: [.init(name: "product", value: sku)], ignored: c.ignored)
    case .category:
      return nil
    }
  }

  /// The command a line opens with: its longest verb phrase, or a subject (a client or a
  /// pronoun) followed by one of the command's subject verbs.
  private static func opening(_ c: inout Cursor) throws(ParseError) -> (CommandSpec, String?)? {
    var best: (spec: CommandSpec, words: Int)?
    for spec in Grammar.commands {
      for verb in spec.verbs {
        let words = verb.split(separator: " ").map(String.init)
        guard words.count > (best?.words ?? 0) else { continue }
        let start = c.index
        if c.take(words) { best = (spec, words.count) }
        c.index = start
      }
    }
    if let best {
      c.index += best.words
      return (best.spec, nil)
    }
    let start = c.index
    var subject: String?
    if let pronoun = c.takeAny(Array(pronouns)) {
      _ = pronoun
      guard let id = c.context.contextClient, c.context.desk.clients[id] != nil else {
        throw ParseError("Who are \"they\"? No client is in context.", suggestion: "Name the client, e.g. Acme accepts")
      }
      subject = id
    } else if let offer = c.offerReference() {
      guard c.context.desk.offers[offer] != nil else { throw ParseError("There is no offer \(offer).", suggestion: "`offers` lists them.") }
      subject = offer
    } else if let order = c.orderReference() {
      guard c.context.desk.orders[order] != nil else { throw ParseError("There is no order \(order).", suggestion: "`orders` lists them.") }
      subject = order
    } else if let id = try c.client() {
      subject = id
    }
    guard let subject else { return nil }
    _ = c.takeAny(["also", "now", "then", "just"])
    for spec in Grammar.commands {
      for verb in spec.subjectVerbs.sorted(by: { $0.count > $1.count }) {
        if c.take(verb.split(separator: " ").map(String.init)) { return (spec, subject) }
      }
    }
    c.index = start
    return nil
  }

  /// The client a command is about, which becomes the client in context.
  private static func client(of intent: Intent, subject: String?, context: ParseContext) -> String? {
    if let subject, context.desk.clients[subject] != nil { return subject }
    switch intent {
    case .command(.makeOffer(let new)): return new.client
    case .command(.counter(let offer, _, _)), .command(.accept(let offer, _)),
      .command(.decline(let offer, _)), .command(.withdraw(let offer)), .command(.approve(let offer, _)),
      .command(.extend(let offer, _, _)), .command(.lose(let offer, _, _)), .question(.diff(let offer, _, _)):
      return context.desk.offers[offer]?.clientId
    case .command(.order(let client?, _, _)), .command(.pay(let client?, _, _)), .command(.setCreditLimit(let client, _)),
      .command(.rateReliability(let client, _)), .command(.setClientTerms(let client, _)), .question(.balance(let client)),
      .question(.orders(let client?, _)):
      return client
    case .command(.order(nil, let offer?, _)):
      return context.desk.offers[offer]?.clientId
    case .command(.ship(let order)), .command(.deliver(let order)), .command(.cancelOrder(let order)),
      .command(.approveOrder(let order, _)), .question(.invoice(let order)), .command(.pay(nil, let order?, _)):
      return context.desk.orders[order]?.clientId
    case .question(.client(let id)): return id
    case .question(.offers(let client?, _)): return client
    case .question(.offer(let id)): return context.desk.offers[id]?.clientId
    default: return nil
    }
  }

  /// An unknown opening word: the nearest commands, or a client the line may be about.
  private static func unknown(_ c: Cursor) -> ParseError {
    guard let token = c.current else { return ParseError("Nothing to do.") }
    let word = token.folded
    let near = Grammar.verbWords
      .compactMap { verb -> (Int, String)? in
        let head = verb.split(separator: " ").first.map(String.init) ?? verb
        guard let d = EditDistance.distance(word, head, limit: max(1, min(2, word.count / 3))) else { return nil }
        return (d, verb)
      }
      .sorted { $0 < $1 }
      .prefix(3)
      .map(\.1)
    if !near.isEmpty {
      return ParseError("I don't know the command \"\(token.text)\".", suggestion: "Did you mean \(Lexicon.orList(near))?", offset: token.offset)
    }
    if let id = try? { () throws(ParseError) -> String? in var copy = c; return try copy.client() }(), let name = c.context.desk.clients[id]?.name {
      return ParseError("What about \(name)?", suggestion: "e.g. \(name) accepts, \(name) wants 12%, show \(name). Type help for more.", offset: token.offset)
    }
    let names = c.context.names.closest(to: token.text, kinds: [.client, .product])
    let suggestion = names.isEmpty ? "Type help to see what the desk understands." : "Did you mean \(Lexicon.orList(names))? Type help for the commands."
    return ParseError("I don't know \"\(token.text)\".", suggestion: suggestion, offset: token.offset)
  }
}
