import DealdeskCore

/// Understands one line: finds the command (by its opening words, or a client followed by
/// a verb), lets that command's grammar fill its slots, and resolves every name.
///
/// Never silently wrong (LANGUAGE.md, the first rule):
/// - Every word of a line that is done has a role: the command's words, a name, an amount,
///   a date, an id, filler ("please", "the", "on"), or free text. Words a grammar leaves
///   are refused by name: "I read `offer Acme 10% on linen` but not `if they take 500m`."
///   (`Cursor.readButNot`); `explain` lists each word's role (`Explain.words`).
/// - Free text is read only where a command takes it: after a colon ("note Acme: …",
///   "follow up friday: …", "resolve C-3: …"), a note's or follow-up's words, a reason after
///   a comma or dash where the command takes one, a competitor after "lost to", an approver
///   after "by". Anything else a grammar cannot place refuses the line.
/// - A client is taken from context only when the line names none: a word where a name
///   would be that the desk does not know ("call Dardania") is refused, not read as the
///   client in context (`Cursor.unknownClientName`).
/// - An id that is no record's ("K-1", "S-99") is refused by name (`Cursor.idShaped`), never
///   read as "the only open one".
/// - Only payment words move money with no amount typed ("S-7 paid"); "sent", "wired",
///   "transferred" need an amount, and an order "sent" ships (PaymentGrammar).
public enum Parser {
  static let maxTokens = 200
  static let pronouns: [String] = [
    "they", "he", "she", "client", "the client", "customer", "buyer", "it", "they're", "he's", "she's", "they’re", "he’s", "she’s",
    "they'd", "he'd", "she'd", "they’d", "he’d", "she’d",
  ]

  public static func parse(_ line: String, context: ParseContext) throws(ParseError) -> Understood {
    try parse(line, context: context, correcting: true)
  }

  /// `correcting` false reads a candidate correction: a typo in it is not corrected again.
  static func parse(_ line: String, context: ParseContext, correcting: Bool) throws(ParseError) -> Understood {
    let understood = try read(line, context: context, correcting: correcting)
    return try isYesNoQuestion(line) ? asked(understood, line: line, context: context) : understood
  }

  private static func read(_ line: String, context: ParseContext, correcting: Bool) throws(ParseError) -> Understood {
    try refuseControlCharacters(line)
    var tokens: [Token]
    do {
      tokens = try Tokenizer.tokenize(line)
    } catch {
      throw ParseError(
        Lexicon.sentence(error.message), suggestion: "Close it, e.g. add client \"Acme Home\"", offset: error.offset)
    }
    // A lone "?" asks what the desk understands; at the end of a line it only marks a question.
    if tokens.count == 1, tokens[0].kind == .punctuation, tokens[0].text == "?" {
      return Understood(intent: .desk(.help(topic: nil)), action: "help", client: nil, slots: [], ignored: [])
    }
    if tokens.last?.kind == .punctuation, tokens.last?.text == "?" { tokens.removeLast() }
    // No command a manager types needs more words than this; a longer line is a paste gone
    // wrong, and refusing it keeps every reply instant.
    guard tokens.count <= maxTokens else {
      throw ParseError("That line is too long for one command (\(tokens.count) words; \(maxTokens) at most).",
                       suggestion: "Split it into several lines.")
    }
    var c = Cursor(line: line, tokens: tokens, context: context)
    c.skipFiller()
    guard !c.isAtEnd else { throw ParseError("Nothing to do.", suggestion: "Type help to see what the desk understands.") }

    if let understood = try question(&c) { return understood }
    // "clients to csv", "export orders to csv": a list, then the format.
    if let understood = try DeskGrammar.csvLine(&c) { return understood }
    // "add 20 swatches habotai", "+10 poplin swatches in": swatches counted in.
    if let understood = try SampleGrammar.countLine(&c) { return understood }
    // Sentences that open with no command word: "Acme's balance", "is linen 220 in stock".
    if let understood = try PossessiveGrammar.line(&c) { return understood }
    if let understood = try QuestionGrammar.isInStockLine(&c) { return understood }
    // "how much linen 220 do we have", "what does linen 220 cost", "what's in stock".
    if let understood = try FabricQuestions.line(&c) { return understood }
    // "linen sales last quarter": a name, then the sales it made.
    if let understood = try ReportGrammar.namedSalesLine(&c) { return understood }
    // "Acme pays in 45 days": terms, where "Acme pays 500" is a payment.
    if let understood = try ClientTermsGrammar.sentence(&c) { return understood }
    // "my discount limit is 12%": a setting named with no "set" before it.
    if let understood = try SettingsGrammar.sentence(&c) { return understood }
    // "3 rolls satin came in, lot 25-002": goods first, then the word of arriving.
    if let understood = try CatalogGrammar.arrivalLine(&c) { return understood }
    // "Ilir approved the drini offer", "ok from Ilir on O-4": a person, not a client, approves.
    if let understood = try ApprovalGrammar.personLine(&c) { return understood }
    // "10% if they pay upfront": our answer, said with no verb.
    if let understood = try NegotiationGrammar.sentence(&c) { return understood }
    let openingStart = c.index
    if let (spec, subject) = try opening(&c) {
      for i in openingStart..<c.index where c.roles[i] == nil { c.roles[i] = "command" }
      let intent = try spec.parse(&c, subject)
      c.skipFiller()
      guard c.isAtEnd else { throw c.readButNot() }
      return Understood(
        intent: intent, action: action(spec, intent), client: client(of: intent, subject: subject, context: context),
        slots: c.slots, ignored: c.ignored, roles: c.roles)
    }
    // Claims: "<competitor> sells <product> at <price>": a subject that is no client.
    if let understood = try CompetitorGrammar.sellsLine(&c) { return understood }
    throw unknown(c, line: line, correcting: correcting)
  }

  /// "Acme?", "O-12?", "linen?" and a bare name: show it (a category's part of the catalog).
  private static func question(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    if let offer = c.offerReference() {
      c.skipFiller()
      guard c.isAtEnd else {
        c.index = start
        return nil
      }
      guard c.context.desk.offers[offer] != nil else { throw ParseError("There is no offer \(offer).", suggestion: "`offers` lists them.") }
      return Understood(intent: .question(.offer(id: offer)), action: "show", client: c.context.desk.offers[offer]?.clientId,
                        slots: [.init(name: "offer", value: offer)], ignored: c.ignored, roles: c.roles)
    }
    // A whole line that is a command ("undo", "offers", "quit") is that command, even when a
    // client happens to be called so: the desk's own controls must never be hidden.
    // The rest is compared word by word with the phrases its first word opens, none joined.
    if let first = c.word(), isWholePhrase(c.tokens[c.index...], Grammar.verbOpenings.phrases(startingWith: first)) {
      return nil
    }
    // "S-7", "order 7?": the order's purchase document, as "O-12?" shows the offer.
    if let order = c.orderReference(allowWord: true) {
      c.skipFiller()
      guard c.isAtEnd else {
        c.index = start
        return nil
      }
      guard let placed = c.context.desk.orders[order] else { throw ParseError("There is no order \(order).", suggestion: "`orders` lists them.") }
      return Understood(intent: .question(.invoice(order: order)), action: "invoice", client: placed.clientId,
                        slots: [.init(name: "order", value: order)], ignored: c.ignored, roles: c.roles)
    }
    // A command's word opens that command, unless it is a name exactly ("deal" is not "Dealtex").
    if let word = c.word(), Grammar.verbOpenings.contains(firstWord: word),
      !c.context.names.hasExactName(c.tokens, at: c.index, kinds: .anyName) {
      return nil
    }
    guard let ref = try c.name(.anyName) else { return nil }
    c.skipFiller()
    guard c.isAtEnd else {
      c.index = start
      return nil
    }
    let shown = c.context.names.display(ref)
    switch ref {
    case .client(let id):
      return Understood(intent: .question(.client(id: id)), action: "show", client: id,
                        slots: [.init(name: "client", value: shown)], ignored: c.ignored, roles: c.roles)
    case .product(let sku):
      return Understood(intent: .question(.product(sku: sku)), action: "show", client: nil,
                        slots: [.init(name: "product", value: sku)], ignored: c.ignored, roles: c.roles)
    case .category(let name):
      return Understood(intent: .question(.catalog(category: name)), action: "catalog", client: nil,
                        slots: [.init(name: "category", value: name)], ignored: c.ignored, roles: c.roles)
    }
  }

  /// Whether `rest` is one of `phrases`, word for word.
  private static func isWholePhrase(_ rest: ArraySlice<Token>, _ phrases: [Openings.Phrase]) -> Bool {
    phrases.contains { phrase in
      phrase.words.count == rest.count && zip(phrase.words, rest).allSatisfy { $0 == $1.folded }
    }
  }

  /// The command a line opens with: its longest verb phrase, or a subject (a client, a
  /// pronoun or a reference) followed by one of the command's subject verbs.
  private static func opening(_ c: inout Cursor) throws(ParseError) -> (CommandSpec, String?)? {
    if let spec = listing(&c) { return (spec, nil) }
    // "complaint 3 justified" names a complaint first; "complaint" alone opens a new one.
    let complaintFirst = c.word() == "complaint" && c.word(1).flatMap { Int($0) } != nil
    if !complaintFirst, !referenceFirst(c), let spec = command(&c) ?? ourCommand(&c) { return (spec, nil) }
    let start = c.index
    // "mark S-7 shipped", "mark O-3 as accepted": a status line with a word in front.
    let marked = c.take("mark")
    var subject: String?
    if c.takeAny(pronouns) != nil {
      guard let id = c.context.contextClient, c.context.desk.clients[id] != nil else {
        throw ParseError("Who are \"they\"? No client is in context.", suggestion: "Name the client, e.g. Acme accepts")
      }
      subject = id
    } else if let reference = try referenceSubject(&c) {
      subject = reference
    } else if let id = try c.client() {
      subject = id
    } else if let (id, end) = PossessiveGrammar.possessor(c) {
      // "drini's order delivered": the client's record, as "drini order delivered".
      c.index = end
      subject = id
    }
    guard let subject else {
      c.index = start
      return nil
    }
    if marked { _ = c.take("as") }
    // "drini order shipped" is their order's status before "drini order 80m satin" is an order.
    if let spec = subjectAfterAside(&c, subject: subject) ?? subjectVerb(&c) { return (spec, subject) }
    c.index = start
    return nil
  }

  /// The command a line became. A grammar hands some lines to another command's intent,
  /// and `explain` names the one it became: "call Acme friday" is a follow up, "call Acme
  /// ACT" an alias, "cancel O-12" a withdraw, "order 300m linen 220 from the warehouse" a
  /// request, "received 500 from Acme" a payment.
  private static func action(_ spec: CommandSpec, _ intent: Intent) -> String {
    let became: String? = switch intent {
    case .command(.followUp): "follow up"
    case .command(.addAlias): "alias"
    case .command(.withdraw): "withdraw"
    case .command(.requestStock): "request"
    case .command(.pay): "payment"
    case .command(.ship): "ship"
    case .command(.resolveComplaint): "resolve"
    default: nil
    }
    return became ?? spec.name
  }

  /// Words by which the manager says it is their own move, before a command's verb: "we
  /// counter with 12%", "let's offer Acme 10% on linen", "we received 800m linen 220".
  private static let ourselves = ["we", "let's", "lets", "let us", "we'll", "we will", "i'll", "i will", "i"]

  private static func ourCommand(_ c: inout Cursor) -> CommandSpec? {
    let start = c.index
    guard c.takeAny(ourselves) != nil else { return nil }
    // "we can do 10%": a verb of ours that starts with "can" comes before "can" is skipped.
    if let spec = command(&c) { return spec }
    _ = c.takeAny(["just", "also", "now", "then", "should", "can", "could"])
    if let spec = command(&c) { return spec }
    c.index = start
    return nil
  }

  /// The command whose verb phrase comes next, the longest one winning ("counter offer" over
  /// "counter"), consumed with any filler inside it ("add a new client", "load the sample data").
  private static func command(_ c: inout Cursor, where accepts: (CommandSpec) -> Bool = { _ in true }) -> CommandSpec? {
    guard c.current?.kind == .word, let word = c.word() else { return nil }
    for phrase in Grammar.verbOpenings.phrases(startingWith: word) where accepts(Grammar.commands[phrase.spec]) {
      if c.takePhrase(phrase.words) { return Grammar.commands[phrase.spec] }
    }
    return nil
  }

  /// Words that ask to see something. Before a listing ("show me the catalog", "list the
  /// clients", "show open offers for Acme") they ask for that listing.
  private static let lookWords = ["show", "list", "view", "see", "display", "give"]
  private static let listings: Set<String> = ["catalog", "clients", "offers"]

  private static func listing(_ c: inout Cursor) -> CommandSpec? {
    let start = c.index
    guard c.takeAny(lookWords) != nil else { return nil }
    c.skipFiller()
    if let spec = command(&c, where: { listings.contains($0.name) }) { return spec }
    c.index = start
    return nil
  }

  /// Control characters come from pastes and stray keys, never from a manager's words; reading
  /// around them would be a guess.
  private static func refuseControlCharacters(_ line: String) throws(ParseError) {
    // Printable ASCII: nothing to look for (read from the string's own bytes, one pass).
    let printable = line.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    if printable ?? line.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return }
    for (offset, character) in line.enumerated() where !character.isWhitespace
      && character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw ParseError(
        "The line has a control character in it.", suggestion: "Type it again; pasted text can carry invisible characters.",
        offset: offset)
    }
  }

  /// The client a command is about, which becomes the client in context.
  private static func client(of intent: Intent, subject: String?, context: ParseContext) -> String? {
    if let subject, context.desk.clients[subject] != nil { return subject }
    switch intent {
    case .command(.makeOffer(let new)): return new.client
    case .command(.counter(let offer, _, _)), .command(.accept(let offer, _)),
      .command(.decline(let offer, _)), .command(.withdraw(let offer)), .command(.approve(let offer, _)),
      .command(.askApproval(let offer, _)), .command(.rejectApproval(let offer, _, _)),
      .command(.extend(let offer, _, _)), .command(.lose(let offer, _, _)), .question(.diff(let offer, _, _)):
      return context.desk.offers[offer]?.clientId
    case .command(.order(let client?, _, _)), .command(.pay(let client?, _, _, _)), .command(.setCreditLimit(let client, _)), .command(.reserveLines(let client, _)),
      .command(.rateReliability(let client, _, _)), .command(.setClientTerms(let client, _)), .question(.balance(let client)),
      .command(.addAlias(let client, _)), .command(.removeAlias(let client, _)),
      .question(.orders(let client?, _)), .command(.setClientTax(let client, _)):
      return client
    case .command(.order(nil, let offer?, _)):
      return context.desk.offers[offer]?.clientId
    case .command(.ship(let order)), .command(.deliver(let order)), .command(.cancelOrder(let order)),
      .command(.approveOrder(let order, _)), .question(.invoice(let order)), .command(.pay(nil, let order?, _, _)):
      return context.desk.orders[order]?.clientId
    case .question(.client(let id)), .question(.salesOf(_, let id?, _, _, _)), .question(.statement(let id)): return id
    // A record named without its id puts its client in context, so "it" next is theirs.
    case .command(.release(let id)), .command(.extendHold(let id, _)): return context.desk.reservations[id]?.client
    case .command(.reserve(let client, _, _, _, _)): return client
    case .command(.returnSample(let loan)): return context.desk.sampleLoans[loan]?.client
    case .question(.offers(let client?, _)): return client
    case .question(.offer(let id)): return context.desk.offers[id]?.clientId
    // Day:
    case .command(.addNote(let note)): return note.client
    case .command(.followUp(let followUp)): return followUp.client
    case .command(.completeFollowUp(let id)), .command(.snoozeFollowUp(let id, _, _)):
      return context.desk.followUps[id]?.client
    case .desk(.startCall(let client)), .question(.followUps(let client?)), .question(.notes(let client?)),
      .question(.lastContact(let client)): return client
    // Claims:
    case .command(.fileComplaint(let new)): return new.client
    case .command(.resolveComplaint(let id, _, _)): return context.desk.complaints[id]?.clientId
    case .command(.recordExpense(_, _, let client?)), .question(.complaints(let client?, _)): return client
    // Trade bonuses:
    case .command(.agreeBonus(let new)): return new.client
    case .question(.bonuses(let client?)), .command(.approveBonus(.client(let client), _)), .command(.endBonus(.client(let client))),
      .command(.settleBonus(.client(let client))):
      return client
    default: return nil
    }
  }

  /// An unknown opening word: the nearest commands, or a client the line may be about.
  private static func unknown(_ c: Cursor, line: String, correcting: Bool) -> ParseError {
    guard let token = c.current else { return ParseError("Nothing to do.") }
    let typeHelp = "Type help to see what the desk understands."
    // Punctuation, emoji and symbols are no near-miss of any command or name.
    guard token.text.contains(where: \.isLetter) else {
      return ParseError("I don't know \"\(token.text)\".", suggestion: typeHelp, offset: token.offset)
    }
    // "O-3 expired": a reference the desk knows, then a word no command takes after it.
    var probe = c
    if let offer = probe.offerReference(), c.context.desk.offers[offer] != nil {
      return ParseError("What about \(offer)?", suggestion: "e.g. \(offer) accepted, \(offer) declined, show \(offer). Type help for more.", offset: token.offset)
    }
    if let order = probe.orderReference(), c.context.desk.orders[order] != nil {
      return ParseError("What about \(order)?", suggestion: "e.g. \(order) shipped, \(order) delivered, \(order) paid, invoice \(order). Type help for more.", offset: token.offset)
    }
    let word = Array(token.folded)
    let limit = max(1, min(2, word.count / 3))
    var scored: [(distance: Int, verb: String, command: String)] = []
    for head in Grammar.verbHeads where abs(head.word.count - word.count) <= limit {
      guard let d = EditDistance.distance(word, head.word, limit: limit) else { continue }
      scored += head.phrases.map { (d, $0.verb, $0.command) }
    }
    scored.sort { ($0.distance, $0.verb) < ($1.distance, $1.verb) }
    // The nearest phrases, one per command: "counter", not also "counter offer".
    var near: [String] = []
    var suggested: Set<String> = []
    for candidate in scored where near.count < 3 && suggested.insert(candidate.command).inserted {
      near.append(candidate.verb)
    }
    if !near.isEmpty {
      let nearest = scored.filter { $0.distance == scored[0].distance }.map { $0.verb.split(separator: " ")[0] }
      if correcting, let line = corrected(line, token: token, to: nearest.map(String.init), context: c.context) {
        var error = ParseError("I don't know the command \"\(token.text)\".", suggestion: "Did you mean: \(line)?", offset: token.offset)
        error.correction = line
        return error
      }
      return ParseError("I don't know the command \"\(token.text)\".", suggestion: "Did you mean \(Lexicon.orList(near))?", offset: token.offset)
    }
    var afterClient = c
    if let id = try? afterClient.client(), let name = c.context.desk.clients[id]?.name {
      // "acme acept": a mistyped verb after the client, put right when one reading fits.
      if correcting, let verb = afterClient.current, verb.kind == .word {
        let typed = Array(verb.folded), limit = max(1, min(2, typed.count / 3))
        let near = Grammar.subjectVerbHeads.compactMap { head in
          abs(head.count - typed.count) <= limit ? EditDistance.distance(typed, head, limit: limit).map { ($0, String(head)) } : nil
        }
        let best = near.map(\.0).min()
        if let line = corrected(line, token: verb, to: near.filter { $0.0 == best }.map(\.1), context: c.context) {
          var error = ParseError("I don't know \"\(verb.text)\" after \(name).", suggestion: "Did you mean: \(line)?", offset: verb.offset)
          error.correction = line
          return error
        }
      }
      return ParseError("What about \(name)?", suggestion: "e.g. \(name) accepts, \(name) wants 12%, show \(name). Type help for more.", offset: token.offset)
    }
    let names = c.context.names.closest(to: token.text, kinds: .clientsAndProducts)
    let suggestion = names.isEmpty ? typeHelp : "Did you mean \(Lexicon.orList(names))? Type help for the commands."
    return ParseError("I don't know \"\(token.text)\".", suggestion: suggestion, offset: token.offset)
  }
}
