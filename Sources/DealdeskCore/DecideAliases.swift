import Foundation

// A client's aliases: other names the manager calls it by ("AT" for Acme Textiles). Every
// name the desk resolves must stand for one thing, or "offer AT 10%" would have to ask which
// AT was meant; so an alias may not be another client's name or alias, nor a product's name,
// SKU or category, and names added later may not take an alias (DecideClients, DecideCatalog).

func decideAddAlias(client id: String, alias: String, desk: Desk) throws(DeskError) -> [Event] {
  guard let client = desk.clients[id] else { throw DeskError("There is no client \(id).") }
  let alias = normalisedName(alias)
  guard !alias.isEmpty else {
    throw DeskError("An alias needs a name.", suggestion: "e.g. alias \(client.name) as ACT")
  }
  guard alias.count <= 120 else { throw DeskError("That alias is too long (120 characters at most).") }
  // An archived client is out of the name index: a new name for it could never be used, and
  // would be the first thing to clash with when it is restored.
  guard client.status != .archived else {
    throw DeskError("\(client.name) is archived.", suggestion: "Restore the client before giving it another name.")
  }
  if sameName(client.name, alias) {
    throw DeskError("\"\(alias)\" is already \(client.name)'s name.", suggestion: "An alias is another name, e.g. alias \(client.name) as ACT")
  }
  // Saying it again changes nothing, as setting a credit limit to the same figure does.
  if client.aliases.contains(where: { sameName($0, alias) }) { return [] }
  if let owner = desk.nameOwner(alias, except: id) {
    throw DeskError(
      "\"\(alias)\" can't also stand for \(client.name): it is already \(owner.what).",
      suggestion: owner.suggestion ?? "Choose a name that nothing else on the desk goes by.")
  }
  return [.clientAliasAdded(client: id, alias: alias)]
}

func decideRemoveAlias(client id: String, alias: String, desk: Desk) throws(DeskError) -> [Event] {
  guard let client = desk.clients[id] else { throw DeskError("There is no client \(id).") }
  let alias = normalisedName(alias)
  guard !alias.isEmpty else {
    throw DeskError("Which alias?", suggestion: "e.g. remove alias ACT")
  }
  // Removed as the client keeps it, whatever case or accents were typed.
  guard let stored = client.aliases.first(where: { sameName($0, alias) }) else {
    let known = client.aliases.isEmpty
      ? "\(client.name) has no aliases."
      : "\(client.name) is also called \(client.aliases.joined(separator: ", "))."
    throw DeskError("\(client.name) is not called \"\(alias)\".", suggestion: known)
  }
  return [.clientAliasRemoved(client: id, alias: stored)]
}

/// What already goes by a name, worded for an error, and how to free the name when it is an alias.
struct NameOwner {
  var what: String
  var suggestion: String?
}

extension Desk {
  /// The client, alias, product, SKU or category already called `name` (case and accents
  /// aside), other than client `except`. Archived clients count: restoring one must not
  /// bring back a clash.
  func nameOwner(_ name: String, except: String? = nil) -> NameOwner? {
    for other in clientsInOrder where other.id != except {
      if sameName(other.name, name) { return NameOwner(what: "the name of the client \(other.name) (\(other.id))") }
      if let alias = other.aliases.first(where: { sameName($0, name) }) {
        return NameOwner(
          what: "another name for \(other.name) (\(other.id))",
          suggestion: "Remove it there first (remove alias \(alias)), or choose another.")
      }
    }
    if let product = productsInOrder.first(where: { sameName($0.name, name) }) {
      return NameOwner(what: "the name of the product \(product.name) (\(product.sku))")
    }
    if let product = products[name.uppercased()] ?? productsInOrder.first(where: { sameName($0.sku, name) }) {
      return NameOwner(what: "the SKU of \(product.name)")
    }
    if let category = categories.first(where: { sameName($0, name) }) {
      return NameOwner(what: "the name of a category (\(category))")
    }
    return nil
  }

  /// The client that goes by `name` as an alias (case and accents aside), and the alias as kept.
  public func aliasOwner(_ name: String) -> (client: Client, alias: String)? {
    // Only clients with aliases, unsorted: sorting every client per new client made adding
    // thousands quadratic. The lowest id wins if a hand-edited file gave two the same alias.
    var owner: (client: Client, alias: String)?
    for client in clients.values where !client.aliases.isEmpty {
      guard let alias = client.aliases.first(where: { sameName($0, name) }) else { continue }
      if owner.map({ Ids.order(client.id, $0.client.id) }) ?? true { owner = (client, alias) }
    }
    return owner
  }
}
