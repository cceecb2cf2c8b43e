import Foundation

func decideAddClient(_ new: NewClient, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let name = normalisedName(new.name)
  guard !name.isEmpty else {
    throw DeskError("A client needs a name.", suggestion: "Try: add client Acme Textiles")
  }
  guard name.count <= 120 else { throw DeskError("That name is too long (120 characters at most).") }
  if let existing = desk.clients(possiblyNamed: name).first(where: { sameName($0.name, name) }) {
    throw DeskError("There is already a client \(existing.name) (\(existing.id)).",
                    suggestion: "Use quotes for a different client with a similar name, or `show \(existing.name)`.")
  }
  // A client named like another's alias would make that alias mean two clients.
  if let (owner, alias) = desk.aliasOwner(name) {
    throw DeskError("\(alias) is already another name for \(owner.name) (\(owner.id)).",
                    suggestion: "Remove that alias first (remove alias \(alias)), or name the new client more fully.")
  }
  var contacts: [Contact] = []
  if new.phone != nil || new.email != nil {
    contacts.append(Contact(name: nil, phone: new.phone, email: new.email))
  }
  let client = Client(
    id: Ids.client(desk.nextClientNumber), name: name, status: new.status, city: new.city,
    contacts: contacts, addedAt: now)
  return [.clientAdded(client)]
}
