import DealdeskCore

/// Clients: add, list, show, and the other names they go by (AliasGrammar).
enum ClientGrammar {
  static let family = "Clients"
  private static let fieldWords: Set<String> = ["city", "phone", "tel", "email", "e-mail", "mail"]

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "add client", family: family, verbs: ["add client", "new client", "add prospect", "new prospect"],
      summary: "Add a buyer to the client database.",
      usage: "add client NAME [city CITY] [phone PHONE] [email EMAIL]",
      examples: ["add client Acme Textiles", "new client \"Acme Home\" city Durrës phone +355 69 555 0101",
                 "add prospect Bora Fabrics city Tirana"],
      parse: addClient),
    CommandSpec(
      name: "clients", family: family, verbs: ["clients", "list clients", "all clients"],
      summary: "List the clients.", usage: "clients", examples: ["clients"],
      parse: { _, _ throws(ParseError) in .question(.clients) }),
    CommandSpec(
      name: "show", family: family,
      verbs: ["show", "who is", "open", "card", "look up", "lookup", "tell about", "info", "details", "what do we know about", "where is"],
      summary: "Show a client's account card, a product, or an offer.",
      usage: "show CLIENT | show PRODUCT | show O-12   (also: CLIENT?)",
      examples: ["show Acme", "who is Acme", "show linen 220", "show O-1"],
      parse: show),
    CommandSpec(
      name: "alias", family: family, verbs: ["alias", "add alias", "new alias", "give alias"],
      subjectVerbs: AliasGrammar.addingSubjectVerbs,
      summary: "Give a client another name to go by; it then works wherever the client's name does.",
      usage: "alias CLIENT as ALIAS   add alias ALIAS for CLIENT   CLIENT aka ALIAS   call CLIENT ALIAS",
      examples: ["alias Acme as ACT", "add alias BF for Bora", "Acme is also called Acmetex", "Bora aka BFab"],
      parse: AliasGrammar.add),
    CommandSpec(
      name: "remove alias", family: family,
      verbs: ["remove alias", "delete alias", "drop alias", "forget alias", "unalias"],
      subjectVerbs: AliasGrammar.removingSubjectVerbs,
      summary: "Stop a client going by an alias.",
      usage: "remove alias ALIAS [from CLIENT]   unalias ALIAS",
      examples: ["remove alias ACT from Acme", "unalias ACT"],
      parse: AliasGrammar.remove),
  ]

  static func addClient(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let prospect = c.tokens.prefix(c.index).contains { $0.folded == "prospect" }
    let start = c.index
    while let w = c.word(), !fieldWords.contains(w), !startsCity(c), !(c.isPunctuation() && c.current?.text == ",") { c.index += 1 }
    let name = c.text(from: start, to: c.index).trimmingCharacters(in: [",", " "])
    c.mark(from: start, to: c.index, as: "new name")
    c.skipPunctuation()
    guard !name.isEmpty else { throw c.error("A client needs a name.", suggestion: "Try: add client Acme Textiles") }
    var new = NewClient(name: name, status: prospect ? .prospect : .active)
    c.fill("name", name)
    while !c.isAtEnd {
      c.skipFiller()
      guard var field = c.word() else { break }
      if startsCity(c) {
        // "in Durrës", "based in Durrës": how the desk itself says where a client is;
        // "from vlore" as a manager says it. The city is kept as typed.
        _ = c.takeAny(["based in", "in", "from"])
        field = "city"
      } else if fieldWords.contains(field) {
        c.index += 1
      } else {
        throw c.error("I don't know \"\(c.current?.text ?? field)\" here.", suggestion: "After the name: city …, phone …, email …")
      }
      let from = c.index
      while let w = c.word(), !fieldWords.contains(w), !startsCity(c) { c.index += 1 }
      let value = c.text(from: from, to: c.index)
      guard !value.isEmpty else { throw c.error("What is the \(field)?") }
      c.mark(from: from, to: c.index, as: field == "tel" ? "phone" : field)
      switch field {
      case "city": new.city = value
      case "phone", "tel": new.phone = value
      default: new.email = value
      }
      c.fill(field == "tel" ? "phone" : field.replacingOccurrences(of: "-", with: ""), value)
    }
    return .command(.addClient(new))
  }

  /// "in", "from" or "based in" followed by a word: the client's city. A name with "in" or
  /// "from" inside it ("Made in Italy") goes in quotes.
  private static func startsCity(_ c: Cursor) -> Bool {
    ((c.word() == "in" || c.word() == "from") && c.word(1) != nil) || (c.word() == "based" && c.word(1) == "in" && c.word(2) != nil)
  }

  static func show(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    // "show the client Bora", "show the offer O-1": the kind named adds nothing to the name.
    var ahead = c
    if ahead.offerReference() == nil, c.takeAny(["client", "customer", "account", "product", "offer", "quote"]) != nil {
      c.skipFiller()
    }
    if let offer = c.offerReference() {
      guard c.context.desk.offers[offer] != nil else { throw ParseError("There is no offer \(offer).", suggestion: "`offers` lists them.") }
      c.fill("offer", offer)
      return .question(.offer(id: offer))
    }
    // "show S-7", "where is S-7": an order is shown by its purchase document.
    if let order = c.orderReference(allowWord: true) {
      guard c.context.desk.orders[order] != nil else { throw ParseError("There is no order \(order).", suggestion: "`orders` lists them.") }
      c.fill("order", order)
      return .question(.invoice(order: order))
    }
    switch try c.name(.anyName) {
    case .client(let id)?:
      c.fill("client", c.context.desk.clients[id]?.name ?? id)
      return .question(.client(id: id))
    case .product(let sku)?:
      c.fill("product", sku)
      return .question(.product(sku: sku))
    case .category(let name)?:
      // A category is a part of the catalog: "show linen" is "catalog linen".
      c.fill("category", name)
      return .question(.catalog(category: name))
    default:
      if c.isAtEnd, let id = c.context.contextClient, c.context.desk.clients[id] != nil {
        return .question(.client(id: id))
      }
      if c.isAtEnd { throw ParseError("Show what?", suggestion: "Name a client, a product or an offer: show Acme") }
      throw c.unexpected(kinds: .clientsAndProducts)
    }
  }
}
