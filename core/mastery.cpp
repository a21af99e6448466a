// mastery.cpp: topic mastery from FSRS retrievability (definition in mastery.h).
#include "mastery.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "stable_sort.h"

namespace nq {

const char* mastery_level_name(MasteryLevel level) {
    switch (level) {
        case MasteryLevel::not_started: return "not_started";
        case MasteryLevel::familiar: return "familiar";
        case MasteryLevel::proficient: return "proficient";
        case MasteryLevel::mastered: return "mastered";
    }
    return "not_started";
}

TopicMastery mastery_of_topic(const ProgressStore& store, const std::string& topic_id, int today) {
    TopicMastery m;
    auto known = store.topics.find(topic_id);
    m.topic = known != store.topics.end() ? known->second : Topic{topic_id, "", ""};
    double recall = 0;
    for (const auto& [id, article] : store.articles)
        for (const QuestionProgress& q : article.questions) {
            if (std::find(q.topics.begin(), q.topics.end(), topic_id) == q.topics.end()) continue;
            m.questions += 1;
            if (!q.card) continue;
            m.answered += 1;
            m.spaced_successes += q.card->spaced_successes;
            if (q.card->question && q.card->fsrs.due_day <= today) m.due += 1;
            if (q.card->last_correct) recall += fsrs_retrievability(FsrsParams{}, q.card->fsrs, today);
        }
    m.percent = m.questions > 0 ? static_cast<int>(std::lround(100.0 * recall / m.questions)) : 0;
    if (m.answered == 0) m.level = MasteryLevel::not_started;
    else if (m.percent >= kMasteredPercent && m.spaced_successes > 0) m.level = MasteryLevel::mastered;
    else if (m.percent >= kProficientPercent) m.level = MasteryLevel::proficient;
    else m.level = MasteryLevel::familiar;
    return m;
}

std::vector<TopicMastery> mastery_by_topic(const ProgressStore& store, int today) {
    std::set<std::string> ids;
    for (const auto& [id, article] : store.articles)
        for (const QuestionProgress& q : article.questions) ids.insert(q.topics.begin(), q.topics.end());
    std::vector<TopicMastery> all;
    for (const std::string& id : ids) all.push_back(mastery_of_topic(store, id, today));
    nq::stable_sort(all, [](const TopicMastery& x, const TopicMastery& y) { return x.percent > y.percent; });
    return all;
}

}  // namespace nq
