import Foundation
import Testing

/// Tab Tab on `cancel ` lists the orders with what tells them apart (client, total, status,
/// fabrics), as zsh and fish list candidates; what goes into the line is still the id alone.
@Suite(.serialized) struct CompletionNoteTerminalTests {
  @Test func tabTabOnCancelListsEachOrderWithItsClientAndTotal() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.command("load sample data", answers: "sample")
    try terminal.command("Acme orders 300m poplin", answers: "S-1")
    try terminal.command("Bora orders 100m linen 220", answers: "S-2")

    try terminal.send("cancel \t\t")
    try terminal.expect("\nS-1  Acme Textiles · 2,070.00 EUR · open · Poplin White")
    try terminal.expect("\nS-2  Bora Fabrics · 1,240.00 EUR · open · Linen 220")
    // The prompt and the line are drawn again under the list, with only the ids' common part typed.
    try terminal.expect("dealdesk Bora Fabrics> cancel S-")
    try terminal.command("1", answers: "S-1")
    try terminal.command("orders", answers: "cancelled")
    try terminal.quit()
  }

  @Test func namesKeepReadlinesOwnListing() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.command("add client Acme Textiles", answers: "Acme Textiles")
    try terminal.command("add client Acme Home", answers: "Acme Home")
    try terminal.send("show Acme \t\t")
    let listing = try terminal.expect("Home") + terminal.expect("Textiles")
    #expect(!listing.contains("·"), "\(listing)")
    try terminal.send("T\t")
    try terminal.expect("extiles ")
    try terminal.command("", answers: "Acme Textiles (CL-1)")
    try terminal.quit()
  }
}
