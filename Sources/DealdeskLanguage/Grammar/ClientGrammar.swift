import DealdeskCore

/// Clients: add, list, show.
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
      name: "show", family: family, verbs: ["show", "who is", "open", "card", "look up", "lookup"],
      summary: "Show a client's account card, a product, or an offer.",
      usage: "show CLIENT | show PRODUCT | show O-12   (also: CLIENT?)",
      examples: ["show Acme", "who is Acme", "show linen 220", "show O-1"],
      parse: show),
  ]

  static func addClient(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let prospect = c.tokens.prefix(c.index).contains { $0.folded == "prospect" }
    let start = c.index
    while let w = c.word(), !fieldWords.contains(w), !(c.isPunctuation() && c.current?.text == ",") { c.index += 1 }
    while c.isPunctuation(), c.index < c.tokens.count { c.index += 1 }
    let name = c.text(from: start, to: c.index).trimmingCharacters(in: [",", " "])
    guard !name.isEmpty else { throw c.error("A client needs a name.", suggestion: "Try: add client Acme Textiles") }
    var new = NewClient(name: name, status: prospect ? .prospect : .active)
    c.fill("name", name)
    while !c.isAtEnd {
      c.skipFiller()
      guard let field = c.word() else { break }
      c.index += 1
      let from = c.index
      while let w = c.word(), !fieldWords.contains(w) { c.index += 1 }
      let value = c.text(from: from, to: c.index)
      guard !value.isEmpty else { throw c.error("What is the \(field)?") }
      switch field {
      case "city": new.city = value
      case "phone", "tel": new.phone = value
      default: new.email = value
      }
      c.fill(field == "tel" ? "phone" : field.replacingOccurrences(of: "-", with: ""), value)
    }
    return .command(.addClient(new))
  }

  static func show(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    if let offer = c.offerReference() {
      guard c.context.desk.offers[offer] != nil else { throw ParseError("There is no offer \(offer).", suggestion: "`offers` lists them.") }
      c.fill("offer", offer)
      return .question(.offer(id: offer))
    }
    switch try c.name([.client, .product]) {
    case .client(let id)?:
      c.fill("client", c.context.desk.clients[id]?.name ?? id)
      return .question(.client(id: id))
    case .product(let sku)?:
      c.fill("product", sku)
      return .question(.product(sku: sku))
    default:
      if c.isAtEnd, let id = c.context.contextClient, c.context.desk.clients[id] != nil {
        return .question(.client(id: id))
      }
      if c.isAtEnd { throw ParseError("Show what?", suggestion: "Name a client, a product or an offer: show Acme") }
      throw c.unexpected(kinds: [.client, .product])
    }
  }
}
