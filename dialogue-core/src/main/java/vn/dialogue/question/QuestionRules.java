package vn.dialogue.question;

import vn.dialogue.internal.Vocabulary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.dialogue.lifecycle.Claim;
import vn.dialogue.lifecycle.Decider;
import vn.dialogue.lifecycle.Held;
import vn.dialogue.question.QuestionCommand.Accept;
import vn.dialogue.question.QuestionCommand.AnswerLive;
import vn.dialogue.question.QuestionCommand.Close;
import vn.dialogue.question.QuestionCommand.Compile;
import vn.dialogue.question.QuestionCommand.Contribute;
import vn.dialogue.question.QuestionCommand.Defer;
import vn.dialogue.question.QuestionCommand.DraftAnswer;
import vn.dialogue.question.QuestionCommand.HandleLocally;
import vn.dialogue.question.QuestionCommand.NotifyAsker;
import vn.dialogue.question.QuestionCommand.OnQuestion;
import vn.dialogue.question.QuestionCommand.Reject;
import vn.dialogue.question.QuestionCommand.ResolveInWriting;
import vn.dialogue.question.QuestionCommand.Route;
import vn.dialogue.question.QuestionCommand.Withdraw;
import vn.dialogue.question.QuestionEvent.AskerErased;
import vn.dialogue.question.QuestionEvent.QuestionReceived;
import vn.dialogue.question.QuestionEvent.QuestionsCompiled;

/**
 * The questions' rules for the {@link vn.dialogue.lifecycle.Desk}: which questions a command reads, what it
 * decides (the states' own transition methods, which check the actor's role), and how each event changes the
 * questions it names ({@link Evolution}, the one fold of live changes and replay). Each question is one stream,
 * named by its id. Thread-safe.
 */
final class QuestionRules implements Decider<QuestionRules.Order, QuestionEvent, Question> {

    /** What the registry asks of the desk. */
    sealed interface Order {
    }

    /** Record a submission as question {@code id}. */
    record Receive(QuestionId id, Submission submission, Act act) implements Order {
    }

    /** A command of the public API; a compilation's new question is {@code compiled}. */
    record Execute(QuestionCommand command, @Nullable QuestionId compiled) implements Order {
    }

    /** Erase the personal data of the asker of {@code original}. */
    record Erase(QuestionId original, Act act) implements Order {
    }

    private final RolePolicy roles;
    private final Vocabulary vocabulary;

    QuestionRules(RolePolicy roles, Vocabulary vocabulary) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    @Override
    public List<Claim> claims(Order order, Function<String, @Nullable Held<Question>> current) {
        if (order instanceof Receive r) {
            return List.of(Claim.created(r.id().value()));
        }
        if (order instanceof Erase e) {
            return holders(e.original(), current).stream().map(Claim::any).toList();
        }
        QuestionCommand command = ((Execute) order).command();
        if (command instanceof Compile c) {
            List<Claim> claims = new ArrayList<>(c.members().size() + 1);
            for (Versioned member : c.members()) {
                exists(member.id(), current);
                claims.add(Claim.at(member.id().value(), member.version()));
            }
            claims.add(Claim.created(Objects.requireNonNull(((Execute) order).compiled()).value()));
            return claims;
        }
        OnQuestion on = (OnQuestion) command;
        exists(on.question(), current);
        return List.of(Claim.at(on.question().value(), on.expectedVersion()));
    }

    private static Held<Question> exists(QuestionId id, Function<String, @Nullable Held<Question>> current) {
        Held<Question> held = current.apply(id.value());
        if (held == null) {
            throw new NoSuchElementException("no question " + id + " in this dialogue");
        }
        return held;
    }

    /**
     * The streams of {@code original} and of every compiled question that answers it: the original, the one it
     * was merged into, the one that was merged into, and so on.
     */
    static List<String> holders(QuestionId original, Function<String, @Nullable Held<Question>> current) {
        List<String> chain = new ArrayList<>();
        QuestionId next = original;
        while (next != null) {
            Question q = exists(next, current).state();
            chain.add(next.value());
            if (q instanceof WithdrawnQuestion w) {
                q = w.before();
            }
            next = q instanceof MergedQuestion m ? m.into() : null;
        }
        return chain;
    }

    @Override
    public List<QuestionEvent> decide(Order order, Map<String, @Nullable Question> states) {
        if (order instanceof Receive r) {
            roles.require(Action.RECEIVE, r.act().actor());
            return List.of(new QuestionReceived(r.id(), r.act(), r.submission()));
        }
        if (order instanceof Erase e) {
            try {
                roles.require(Action.ERASE_ASKER, e.act().actor());
            } catch (ActionRefusedException refused) {
                throw refused.about("question " + e.original());
            }
            Question own = Objects.requireNonNull(states.get(e.original().value()));
            if (!Erasure.holds(own, e.original())) {
                throw new IllegalArgumentException("question " + e.original() + " is a compiled question: it has no "
                        + "asker of its own; erase the askers of the questions it answers: " + own.dossier()
                        .originals().stream().map(Original::question).toList());
            }
            boolean changed = states.values().stream().anyMatch(s -> !Erasure.erased(Objects.requireNonNull(s),
                    e.original()));
            return changed ? List.of(new AskerErased(e.original(), e.act())) : List.of();
        }
        Execute execute = (Execute) order;
        if (execute.command() instanceof Compile c) {
            return List.of(compile(c, Objects.requireNonNull(execute.compiled()), states));
        }
        OnQuestion on = (OnQuestion) execute.command();
        Question q = Objects.requireNonNull(states.get(on.question().value()));
        try {
            return List.of(decide(q, on).event());
        } catch (ActionRefusedException e) {
            throw e.about("question " + on.question());
        }
    }

    private QuestionsCompiled compile(Compile command, QuestionId compiledId, Map<String, @Nullable Question> states) {
        vocabulary.topics(command.topics());
        List<AcceptedQuestion> members = new ArrayList<>(command.members().size());
        for (Versioned asked : command.members()) {
            Question current = Objects.requireNonNull(states.get(asked.id().value()));
            if (!(current instanceof AcceptedQuestion accepted)) {
                throw IllegalTransitionException.of(current, Transition.MERGE);
            }
            members.add(accepted);
        }
        try {
            roles.require(Action.COMPILE, command.act().actor());
        } catch (ActionRefusedException e) {
            throw e.about("compilation of " + command.members().stream().map(Versioned::id).sorted().toList());
        }
        return AcceptedQuestion.compile(compiledId, members, command.act(), command.wording(), command.topics(),
                roles).event();
    }

    private Change<?> decide(Question q, OnQuestion command) {
        Act act = command.act();
        if (command instanceof Accept c) {
            vocabulary.topics(c.topics());
            if (q instanceof ReceivedQuestion s) {
                return s.accept(act, c.topics(), roles);
            }
        } else if (command instanceof Reject c) {
            if (q instanceof ReceivedQuestion s) {
                return s.reject(act, c.reason(), roles);
            }
        } else if (command instanceof Route c) {
            vocabulary.agency(c.lead());
            vocabulary.agencies(c.coAgencies());
            if (q instanceof AcceptedQuestion s) {
                return s.route(act, c.lead(), c.coAgencies(), c.answerDue(), roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.route(act, c.lead(), c.coAgencies(), c.answerDue(), roles);
            }
        } else if (command instanceof Contribute c) {
            if (q instanceof RoutedQuestion s) {
                return s.contribute(act, c.text(), roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.contribute(act, c.text(), roles);
            }
        } else if (command instanceof DraftAnswer c) {
            if (q instanceof RoutedQuestion s) {
                return s.draft(act, c.text(), roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.draft(act, c.text(), roles);
            }
        } else if (command instanceof AnswerLive c) {
            vocabulary.session(c.session());
            vocabulary.agency(c.agency());
            if (q instanceof AcceptedQuestion s) {
                return s.answerLive(act, c.session(), c.agency(), c.official(), c.summary(), roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.answerLive(act, c.session(), c.agency(), c.official(), c.summary(), roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.answerLive(act, c.session(), c.agency(), c.official(), c.summary(), roles);
            }
        } else if (command instanceof Defer c) {
            vocabulary.session(c.session());
            vocabulary.agency(c.agency());
            if (q instanceof AcceptedQuestion s) {
                return s.defer(act, c.session(), c.agency(), c.official(), c.promisedBy(), c.noticeDue(), roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.defer(act, c.session(), c.agency(), c.official(), c.promisedBy(), c.noticeDue(), roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.defer(act, c.session(), c.agency(), c.official(), c.promisedBy(), c.noticeDue(), roles);
            }
        } else if (command instanceof NotifyAsker c) {
            if (q instanceof DeferredQuestion s) {
                return s.notifyAsker(act, c.original(), c.means(), roles);
            }
        } else if (command instanceof ResolveInWriting c) {
            if (q instanceof DeferredQuestion s) {
                return s.resolveInWriting(act, c.official(), c.document(), c.summary(), roles);
            }
        } else if (command instanceof Close) {
            if (q instanceof SettledQuestion s) {
                return s.close(act, roles);
            }
        } else if (command instanceof Withdraw) {
            if (q instanceof ReceivedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof AcceptedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof MergedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof DraftedQuestion s) {
                return s.withdraw(act, roles);
            }
            if (q instanceof DeferredQuestion s) {
                return s.withdraw(act, roles);
            }
        } else if (command instanceof HandleLocally c) {
            vocabulary.unit(c.unit());
            if (q instanceof ReceivedQuestion s) {
                return s.handleLocally(act, c.unit(), c.report(), roles);
            }
            if (q instanceof AcceptedQuestion s) {
                return s.handleLocally(act, c.unit(), c.report(), roles);
            }
            if (q instanceof RoutedQuestion s) {
                return s.handleLocally(act, c.unit(), c.report(), roles);
            }
        }
        throw IllegalTransitionException.of(q, command.transition());
    }

    @Override
    public List<String> streams(QuestionEvent event, Function<String, @Nullable Held<Question>> current) {
        if (event instanceof AskerErased erased) {
            return holders(erased.question(), current);
        }
        return event.affected().stream().map(QuestionId::value).toList();
    }

    @Override
    public List<Question> evolve(QuestionEvent event, List<@Nullable Question> states) {
        if (event instanceof QuestionsCompiled compiled) {
            List<AcceptedQuestion> members = new ArrayList<>(compiled.members().size());
            for (int i = 1; i < states.size(); i++) {
                Question member = states.get(i);
                if (!(member instanceof AcceptedQuestion accepted)) {
                    throw member == null ? new IllegalStateException("no question " + compiled.members().get(i - 1))
                            : IllegalTransitionException.of(member, Transition.MERGE);
                }
                members.add(accepted);
            }
            if (states.get(0) != null) {
                throw new IllegalStateException("question " + compiled.question() + " already exists");
            }
            Compilation compilation = Evolution.compile(compiled, members);
            Map<QuestionId, Question> merged = new HashMap<>();
            compilation.merged().forEach(m -> merged.put(m.id(), m));
            List<Question> next = new ArrayList<>(states.size());
            next.add(compilation.compiled());
            compiled.members().forEach(id -> next.add(merged.get(id)));
            return next;
        }
        if (event instanceof AskerErased erased) {
            Question own = states.get(0);
            if (own == null || !Erasure.holds(own, erased.question())) {
                throw new IllegalStateException("question " + erased.question() + " is compiled: it has no asker");
            }
            return states.stream().map(s -> Erasure.erase(Objects.requireNonNull(s), erased.question())).toList();
        }
        return List.of(Evolution.evolve(states.get(0), event));
    }

    @Override
    public Instant recorded(QuestionEvent event) {
        return event.act().at();
    }

    @Override
    public @Nullable String key(QuestionEvent event) {
        return event instanceof QuestionReceived r ? r.submission().intakeKey() : null;
    }
}
