#include "core/safety/PlanSeeds.h"

#include <array>

namespace tideline {

namespace {

struct SeedWords
{
    const char* key;
    const char* section;
    const char* words;
};

// Every wording a migration has stored, first and current.
constexpr std::array kSeedWords{
    SeedWords{"clothes", "emergency_bag", "Clothes"},
    SeedWords{"keys", "emergency_bag", "Keys"},
    SeedWords{"keys", "emergency_bag", "Extra keys"},
    SeedWords{"phone_charger", "emergency_bag", "Phone charger"},
    SeedWords{"passport", "emergency_bag", "ID and passport"},
    SeedWords{"passport", "emergency_bag", "Passport"},
    SeedWords{"id_card", "emergency_bag", "Social security card or national ID card"},
    SeedWords{"cash", "emergency_bag", "Cash"},
    SeedWords{"medications", "emergency_bag", "Medications"},
    SeedWords{"medications", "emergency_bag", "Prescription medications"},
    SeedWords{"documents", "emergency_bag", "Important documents"},
    SeedWords{"documents", "emergency_bag", "Other important papers"},
    SeedWords{"phone", "close_at_hand", "My phone, charged"},
    SeedWords{"everyday_keys", "close_at_hand", "My house and car keys"},
    SeedWords{"wallet", "close_at_hand", "My wallet or purse, with some money"},
    SeedWords{"numbers", "close_at_hand", "Important numbers, written on paper"},
    SeedWords{"place_in_mind", "close_at_hand", "A place of safety in mind, and how to get there"},
};

} // namespace

QString seedKeyForWords(const QString& section, const QString& words)
{
    for (const SeedWords& seed : kSeedWords) {
        if (section == QLatin1String(seed.section) && words == QString::fromUtf8(seed.words)) {
            return QString::fromLatin1(seed.key);
        }
    }
    return {};
}

} // namespace tideline
