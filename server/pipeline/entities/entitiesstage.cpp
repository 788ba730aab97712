// SPDX-License-Identifier: LicenseRef-Sportello
// Pipeline stage: dates, amounts, contacts, references and the business's own names.
#include "pipeline/entities/entitiesstage.h"

#include <QTimeZone>

#include "config/businessconfig.h"
#include "nlu/entities/entitytype.h"
#include "nlu/runtime/understandingservice.h"
#include "pipeline/turn.h"

namespace sportello::pipeline {

EntitiesStage::EntitiesStage(const nlu::UnderstandingService &understanding)
    : m_understanding(understanding)
{
}

void EntitiesStage::run(Turn &turn)
{
    const nlu::EntityExtractor *extractor =
        m_understanding.entityExtractor(turn.business->phoneNumberId);
    const QString text = turn.text();
    if (!extractor || text.isEmpty())
        return;
    nlu::EntityContext context;
    context.timeZone = QTimeZone(turn.business->timeZone.toUtf8());
    context.now = QDateTime::fromMSecsSinceEpoch(turn.now, context.timeZone);
    context.defaultCountryCode = turn.business->countryCallingCode;
    for (const nlu::Entity &entity : extractor->extract(text, turn.language, context)) {
        protocol::UnderstoodEntity understood;
        understood.type = nlu::toString(entity.type);
        understood.start = int(entity.start);
        understood.length = int(entity.length);
        understood.text = entity.text;
        understood.value = entity.value;
        understood.end = entity.end;
        understood.canonical = entity.canonical;
        turn.understanding.entities.append(understood);
    }
}

} // namespace sportello::pipeline
