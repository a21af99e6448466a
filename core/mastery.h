// mastery.h: how well the reader knows each topic today, from their spaced-review cards.
//
// Definition. A topic's figure is the mean, over every question of that topic in the
// articles the reader has attempted, of the predicted probability that they would answer
// it correctly today:
//   - a question answered correctly last time counts its FSRS-6 retrievability today
//     (1 on the day it was answered, 0.9 after `stability` days, lower after that);
//   - a question answered wrongly last time counts 0 until it is answered correctly;
//   - a question of an attempted article that the reader was never asked (a quiz with
//     `pick`, an attempt left early) counts 0: the figure is weighted by how much of the
//     topic the reader has seen.
// A question without a topic of its own belongs to every topic of its article. The
// figure is 0..100 (rounded to a whole number); it decays with time unless reviewed.
//
// Levels, from the figure (after Khan Academy's 70 % and "correct again in a mixed review"):
//   not started  no question of the topic was ever answered
//   familiar     answered, figure below 70
//   proficient   figure 70 or more
//   mastered     figure 90 or more, and at least one question of the topic was answered
//                correctly again at least a day after the previous answer (a spaced review)
//
//   for (const nq::TopicMastery& m : nq::mastery_by_topic(store, today))
//       draw_row(m.topic.label, nq::mastery_level_name(m.level), m.percent);
//
// Index of this file:
// [SECTION] Mastery
#pragma once

#include <string>
#include <vector>

#include "progress.h"

namespace nq {

// [SECTION] Mastery
enum class MasteryLevel { not_started, familiar, proficient, mastered };
const char* mastery_level_name(MasteryLevel level);  // "not_started", "familiar", "proficient", "mastered"

constexpr int kProficientPercent = 70;
constexpr int kMasteredPercent = 90;

struct TopicMastery {
    Topic topic;  // id, and the label and emoji last seen (empty when never seen)
    MasteryLevel level = MasteryLevel::not_started;
    int percent = 0;          // 0..100: the figure behind the level
    int questions = 0;        // questions of the topic in attempted articles (the denominator)
    int answered = 0;         // of those, with a card
    int spaced_successes = 0; // correct answers given a day or more after the previous one
    int due = 0;              // cards of the topic due today
};

TopicMastery mastery_of_topic(const ProgressStore& store, const std::string& topic_id, int today);

// Every topic of the store's articles, by figure (highest first), then by id.
std::vector<TopicMastery> mastery_by_topic(const ProgressStore& store, int today);

}  // namespace nq
