#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// tideline-cli contacts, the people and services of the safety plan (Safety → People in the app).
// KIND is person, professional or hotline.
//   contacts list                          id, kind, name, phone, note (tab-separated, in the
//                                          plan's order)
//   contacts add NAME [--kind KIND] [--phone P] [--note T]      prints its id (kind: person)
//   contacts edit ID [--name N] [--kind KIND] [--phone P] [--note T]   an empty value clears
//                                          the phone or the note
//   contacts remove ID
int runContacts(CommandContext& context);

} // namespace tideline::cli
