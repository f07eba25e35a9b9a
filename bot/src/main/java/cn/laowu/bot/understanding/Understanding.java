package cn.laowu.bot.understanding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Free text to intent and slots, in-process and offline: {@link IntentClassifier} over the
 * {@link Lexicon}, trained from the corpus plus whatever phrases the caller adds (the phrases of
 * dialog/intents/*.yml). Says when it is unsure, so the dialog can ask instead of guessing.
 */
public final class Understanding {

    /** SURE: route. UNSURE: ask which of {@link Reading#choices()}. UNKNOWN: nothing we know. */
    public enum Decision { SURE, UNSURE, UNKNOWN }

    public record Reading(Decision decision, List<IntentClassifier.Scored> choices, Slots slots) {
        public String intent() {
            return choices.isEmpty() ? null : choices.get(0).intent();
        }
    }

    /** Below this the best intent is only a guess. */
    static final double CONFIDENT = 0.45;
    /** Closer than this, the two best are a toss-up. */
    static final double CLEAR_MARGIN = 0.15;
    /** Whatever has this much is worth offering when asking. */
    static final double WORTH_OFFERING = 0.12;

    private static final java.util.regex.Pattern SEARCHING = java.util.regex.Pattern.compile(
            "找活|找工作|找事|找个|找份|有活|有没有活|招人|要人|招工|缺人|哪里要|还没找到"
                    + "|有啥活|有什么活|有么子活|什么活|啥活|想换|换个厂|换份|换个工作|换工作");
    private static final Logger LOG = LoggerFactory.getLogger(Understanding.class);
    private static final Lexicon LEXICON = Lexicon.load("understanding/lexicon/*.txt");
    private static final List<Corpus.Example> CORPUS = Corpus.load(Corpus.TRAINING);

    private final IntentClassifier classifier;
    private final SlotExtractor slots;
    private final TaskWords taskWords;
    private final Lexicon lexicon;
    /** Intents that open no task: a chat reply or the menu. */
    static final java.util.Set<String> SMALL_TALK = java.util.Set.of("chitchat", "menu");

    /** The second opinion asked when the classifier is torn; null in classifiers built without it. */
    private NearestLines nearest;

    public Understanding(IntentClassifier classifier, Lexicon lexicon) {
        this.classifier = classifier;
        this.slots = new SlotExtractor(lexicon);
        this.taskWords = new TaskWords(lexicon);
        this.lexicon = lexicon;
    }

    /**
     * Trained on the corpus lines of the given intents plus their extra phrases: intents that are
     * not served (not in {@code intents}) are not predicted.
     */
    public static Understanding train(Collection<String> intents, List<Corpus.Example> extraPhrases) {
        long start = System.nanoTime();
        List<Corpus.Example> examples = new ArrayList<>();
        CORPUS.stream().filter(e -> intents.contains(e.intent())).forEach(examples::add);
        examples.addAll(extraPhrases);
        // Training is order-sensitive (SGD): a canonical order keeps the model the same however the features' files are named.
        examples.sort(Comparator.comparing(Corpus.Example::intent).thenComparing(Corpus.Example::text));
        Understanding understanding = new Understanding(new IntentClassifier(LEXICON, examples), LEXICON);
        understanding.nearest = new NearestLines(LEXICON, examples);
        LOG.debug("Intent classifier trained on {} lines in {} ms", examples.size(), (System.nanoTime() - start) / 1_000_000);
        return understanding;
    }

    public static Lexicon lexicon() {
        return LEXICON;
    }

    /** Whether the text names a task (a task word of the lexicon, or a number): see {@link TaskWords}. */
    public boolean carriesTask(String text) {
        return taskWords.carriesTask(text);
    }

    public Reading read(String text) {
        IntentClassifier.Result result = classifier.classify(text);
        Slots found = slots.extract(text);
        if (!result.known()) {
            return new Reading(Decision.UNKNOWN, List.of(), found);
        }
        IntentClassifier.Scored top = result.top();
        Optional<IntentClassifier.Scored> shaped = byShape(text, result);
        if (shaped.isPresent()) {
            return new Reading(Decision.SURE, List.of(shaped.get()), found);
        }
        Optional<IntentClassifier.Scored> policy = askingAboutAllowance(text, result);
        if (policy.isPresent()) {
            return new Reading(Decision.SURE, List.of(policy.get()), found);
        }
        Optional<IntentClassifier.Scored> search = searchingWhereIAm(text, result);
        if (search.isPresent()) {
            return new Reading(Decision.SURE, List.of(search.get()), found);
        }
        Optional<IntentClassifier.Scored> register = askingToRegister(text, result);
        if (register.isPresent()) {
            return new Reading(Decision.SURE, List.of(register.get()), found);
        }
        if (SMALL_TALK.contains(top.intent())) {
            return smallTalk(text, result, found);
        }
        if (taskWords.offTopic(text) && !taskWords.carriesTask(text) && top.probability() < CONFIDENT) {
            // Out of our domain, no task word, no number, no confident task: chat ("彩票中奖号码是多少").
            Optional<IntentClassifier.Scored> chat = result.ranked().stream().limit(3)
                    .filter(s -> SMALL_TALK.contains(s.intent())).findFirst();
            if (chat.isPresent()) {
                return new Reading(Decision.SURE, List.of(chat.get()), found);
            }
        }
        if (top.probability() >= CONFIDENT && result.margin() >= CLEAR_MARGIN) {
            return new Reading(Decision.SURE, List.of(top), found);
        }
        // Always offer the two best; a third only when it is a real contender.
        List<IntentClassifier.Scored> ranked = result.ranked();
        List<IntentClassifier.Scored> choices = new ArrayList<>(ranked.subList(0, Math.min(2, ranked.size())));
        if (ranked.size() > 2 && ranked.get(2).probability() >= WORTH_OFFERING) {
            choices.add(ranked.get(2));
        }
        // Torn between two: the nearest training lines decide when they agree on one of them (issue 24's
        // second opinion, measured in README); otherwise the worker is asked.
        if (nearest != null && choices.size() >= 2) {
            Set<String> two = Set.of(choices.get(0).intent(), choices.get(1).intent());
            Optional<String> agreed = nearest.agree(text, two);
            if (agreed.isPresent()) {
                return new Reading(Decision.SURE, choices.stream().filter(c -> c.intent().equals(agreed.get())).toList(), found);
            }
        }
        return new Reading(choices.size() < 2 ? Decision.SURE : Decision.UNSURE, List.copyOf(choices), found);
    }

    /** Intents whose words a status question, a sign-up, a place or a push request share. */
    private static final Set<String> SHAPED = Set.of("allowance", "policy", "complaint", "complaint_wage",
            "complaint_injury", "complaint_agency", "complaint_contract", "training", "jobs", "where_now", "notices",
            "my_claims", "my_complaints", "my_training", "my_applications");

    /**
     * Issue 24, round 3: the shape of the sentence decides where the classifier's words are shared by two
     * intents (see {@link StatusOfMine}, {@link Tiebreaks}). Only an intent that is served is chosen.
     */
    private Optional<IntentClassifier.Scored> byShape(String text, IntentClassifier.Result result) {
        String top = result.top().intent();
        if (!SHAPED.contains(top)) {
            return Optional.empty();
        }
        String normalised = lexicon.normalise(text);
        List<Lexicon.Token> tokens = lexicon.segment(normalised);
        Optional<String> chosen = StatusOfMine.view(normalised);
        if (chosen.isEmpty() && Set.of("training", "my_training").contains(top) && StatusOfMine.signsUp(normalised)) {
            chosen = Optional.of("training");
        }
        if (chosen.isEmpty() && Set.of("jobs", "where_now").contains(top)
                && Tiebreaks.tellsWhereIWork(normalised, tokens)) {
            chosen = Optional.of("where_now");
        }
        boolean pushesNear = Set.of("jobs", "notices").contains(top) || !Set.of("register", "my_info", "human").contains(top)
                && result.ranked().stream().limit(3).anyMatch(s -> s.intent().equals("notices"));
        if (chosen.isEmpty() && pushesNear && Tiebreaks.asksForPushes(normalised)) {
            chosen = Optional.of("notices");
        }
        boolean complaining = top.equals("complaint")
                || top.equals("my_complaints") && StatusOfMine.asksToComplain(normalised);
        if (chosen.isEmpty() && complaining) {
            Set<String> served = new java.util.HashSet<>();
            result.ranked().forEach(s -> served.add(s.intent()));
            chosen = Tiebreaks.complaintKind(normalised, tokens, served);
        }
        String intent = chosen.orElse(null);
        return result.ranked().stream().filter(s -> s.intent().equals(intent)).findFirst();
    }

    /**
     * "两后生有什么补助" asks what the allowance is: 政策咨询 answers it; the classifier alone sees 补贴申领's
     * words. Only between those two, and only when 政策咨询 is served.
     */
    private Optional<IntentClassifier.Scored> askingAboutAllowance(String text, IntentClassifier.Result result) {
        List<IntentClassifier.Scored> ranked = result.ranked();
        boolean between = ranked.stream().limit(2).anyMatch(s -> s.intent().equals("allowance"))
                && Set.of("allowance", "policy").contains(ranked.get(0).intent());
        if (!between || !AllowanceQuestions.asksAbout(lexicon.normalise(text))) {
            return Optional.empty();
        }
        return ranked.stream().filter(s -> s.intent().equals("policy")).findFirst();
    }

    /** "我在东莞找活" searches there: between 找工作 and where one works, a search word decides. */
    private Optional<IntentClassifier.Scored> searchingWhereIAm(String text, IntentClassifier.Result result) {
        Set<String> two = Set.of(result.ranked().get(0).intent(), result.ranked().get(Math.min(1, result.ranked().size() - 1)).intent());
        if (!two.equals(Set.of("jobs", "where_now")) || !SEARCHING.matcher(lexicon.normalise(text)).find()) {
            return Optional.empty();
        }
        return result.ranked().stream().filter(s -> s.intent().equals("jobs")).findFirst();
    }

    /** "登记一下我的信息" registers; "看看我登记的信息" is 我的信息: only between those two. */
    private Optional<IntentClassifier.Scored> askingToRegister(String text, IntentClassifier.Result result) {
        Set<String> two = Set.of(result.ranked().get(0).intent(), result.ranked().get(Math.min(1, result.ranked().size() - 1)).intent());
        if (!two.equals(Set.of("register", "my_info")) || !Registering.asksToRegister(lexicon.normalise(text))) {
            return Optional.empty();
        }
        return result.ranked().stream().filter(s -> s.intent().equals("register")).findFirst();
    }

    /**
     * Small talk never answers a request: when chat or a greeting wins but the text carries a task
     * word or a number ("新号是139… 旧的不用了"), the worker is asked which task, never told "好的!".
     * Without one, small talk is small talk even when the classifier is not sure of it.
     */
    private Reading smallTalk(String text, IntentClassifier.Result result, Slots found) {
        if (!taskWords.carriesTask(text)) {
            return new Reading(Decision.SURE, List.of(result.top()), found);
        }
        List<IntentClassifier.Scored> tasks = result.ranked().stream()
                .filter(s -> !SMALL_TALK.contains(s.intent())).limit(2).toList();
        return new Reading(Decision.UNSURE, tasks, found);
    }
}
