#include "core/checkup/CheckupForm.h"

#include <algorithm>

namespace tideline::checkup {

int Item::lowest() const
{
    int low = options.isEmpty() ? 0 : options.first().value;
    for (const Option& o : options) {
        low = std::min(low, o.value);
    }
    return low;
}

int Item::highest() const
{
    int high = options.isEmpty() ? 0 : options.first().value;
    for (const Option& o : options) {
        high = std::max(high, o.value);
    }
    return high;
}

bool Item::accepts(int value) const
{
    return std::any_of(options.cbegin(), options.cend(), [value](const Option& o) { return o.value == value; });
}

QString Item::labelFor(int value) const
{
    for (const Option& o : options) {
        if (o.value == value) {
            return o.label;
        }
    }
    return {};
}

const Item* Form::item(const QString& id) const
{
    for (const Item& i : items) {
        if (i.id == id) {
            return &i;
        }
    }
    return nullptr;
}

int Form::scoredCount() const
{
    return static_cast<int>(std::count_if(items.cbegin(), items.cend(), [](const Item& i) { return i.scored; }));
}

const Band* Form::bandFor(int total) const
{
    for (const Band& band : bands) {
        if (total >= band.min && total <= band.max) {
            return &band;
        }
    }
    return nullptr;
}

bool Form::hasSensitiveItems() const
{
    return std::any_of(items.cbegin(), items.cend(), [](const Item& i) { return i.sensitive; });
}

bool Form::isSensitive(const QString& itemId) const
{
    const Item* found = item(itemId);
    return found != nullptr && found->sensitive;
}

Form inLanguage(const Form& form, const QString& language)
{
    const auto found = form.translations.constFind(language);
    if (language == form.language || found == form.translations.cend()) {
        return form;
    }
    const FormText& words = found.value();
    Form shown = form;
    shown.language = language;
    shown.title = words.title;
    shown.about = words.about;
    shown.recall = words.recall;
    shown.instructions = words.instructions;
    shown.contentNote = words.contentNote;
    shown.source = words.source;
    shown.terms = words.terms;
    shown.adaptations = words.adaptations;
    for (Item& item : shown.items) {
        item.text = words.itemTexts.value(item.id, item.text);
        const QHash<int, QString> labels = words.optionLabels.value(item.id);
        for (Option& option : item.options) {
            option.label = labels.value(option.value, option.label);
        }
    }
    return shown;
}

} // namespace tideline::checkup
