/**
 * The differential run: the same random requests to the replaced wilayah-nusantara API (its own code, run locally)
 * and to our {@code /nusantara}, answers compared after normalisation, every difference classified by route and kind
 * and written to a Markdown report. Why: the conformance suite checks what we believe the peer does; only the peer
 * itself shows what it really does (issue 26 item 6 found behaviours that way). Method: requests are generated
 * from a seed over real codes and names read from our own server, so a run is repeatable and a difference can be
 * replayed by its URL; it needs the peer running, hence a tool and not a test.
 */
package id.wilayah.differential;
