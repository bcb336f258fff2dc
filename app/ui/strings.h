// The interface's own words (not the guide's). Dutch for now; they move to content/ui/*.yaml
// with a language switch in the reading-comfort work.
#pragma once

namespace hr::ui {

enum class Str { ChooseTrack, TrackFor, BackToStart, PackHasErrors, PackHasErrorsHelp };

inline const char* S(Str s) {
    switch (s) {
        case Str::ChooseTrack: return "Kies een route";
        case Str::TrackFor: return "Voor:";
        case Str::BackToStart: return "\u2039 Terug naar het begin";
        case Str::PackHasErrors: return "De inhoud van deze handreiking bevat fouten";
        case Str::PackHasErrorsHelp:
            return "De app kan de routes pas tonen als deze fouten zijn hersteld. Elke regel noemt het bestand, "
                   "de regel en de kolom. Dezelfde lijst krijg je met: handreiking check";
    }
    return "";
}

}  // namespace hr::ui
