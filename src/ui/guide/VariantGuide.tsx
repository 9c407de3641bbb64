import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { variantUnfit } from '../../core/evaluation/variant-fit';
import { appStore, useAppState } from '../../state/app-store';
import {
  answerValue,
  type GuideAnswers,
  QUESTIONS,
  type QuestionId,
  questionAfter,
  questionBefore,
  questionCount,
  questionNumber,
  type Recommendation,
  recommend,
  withAnswer,
} from './variant-advice';
import './guide.css';

type Step = QuestionId | 'result';

/** The "Which variant?" button and its dialog: questions one at a time, then a recommendation. */
export function VariantGuide() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [answers, setAnswers] = useState<GuideAnswers>({});
  const [step, setStep] = useState<Step>('features');
  const stepBox = useRef<HTMLDivElement>(null);
  const advice = step === 'result' ? recommend(answers) : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus moves when the step changes
  useEffect(() => {
    // Each new step takes the focus: the chosen (or first) answer, or the recommendation.
    if (!dialog.current?.open) return;
    const box = stepBox.current;
    const target =
      box?.querySelector<HTMLElement>('input:checked') ??
      box?.querySelector<HTMLElement>('input, h3');
    target?.focus();
  }, [step]);

  const show = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'result' || answers[step] === undefined) return;
    setStep(questionAfter(answers, step) ?? 'result');
  };
  const back = () => {
    if (step === 'result') {
      setStep(answers.features === 'numeric' ? 'model' : 'features');
      return;
    }
    setStep(questionBefore(step) ?? step);
  };
  const startOver = () => {
    setAnswers({});
    setStep('features');
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={show}>
        Which variant?
      </button>
      <dialog
        ref={dialog}
        className="guide-dialog"
        aria-labelledby="guide-title"
        onClose={() => opener.current?.focus()}
      >
        <h2 id="guide-title">Which variant?</h2>
        <div ref={stepBox}>
          {step === 'result' && advice ? (
            <Advice advice={advice} onBack={back} onStartOver={startOver} onClose={close} />
          ) : step !== 'result' ? (
            <Question
              id={step}
              answers={answers}
              onAnswer={(value) => setAnswers(withAnswer(answers, step, value))}
              onSubmit={next}
              onBack={back}
              onClose={close}
            />
          ) : null}
        </div>
      </dialog>
    </>
  );
}

function Question(props: {
  id: QuestionId;
  answers: GuideAnswers;
  onAnswer: (value: string) => void;
  onSubmit: (event: FormEvent) => void;
  onBack: () => void;
  onClose: () => void;
}) {
  const { id, answers } = props;
  const question = QUESTIONS[id];
  const chosen = answerValue(answers, id);
  const number = questionNumber(id);
  // Enter on a chosen answer goes on, as it would in a text field.
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key !== 'Enter' || chosen === null) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };
  return (
    <form onSubmit={props.onSubmit}>
      <p className="guide-count">
        Question {number} of {questionCount(answers)}
      </p>
      <fieldset className="guide-question" onKeyDown={onKeyDown}>
        <legend>{question.text}</legend>
        {question.options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={`guide-${id}`}
              value={option.value}
              checked={chosen === option.value}
              onChange={() => props.onAnswer(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="guide-buttons">
        <button type="button" onClick={props.onBack} disabled={number === 1}>
          Back
        </button>
        <button type="submit" className="primary" disabled={chosen === null}>
          Next
        </button>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </form>
  );
}

function Advice(props: {
  advice: Recommendation;
  onBack: () => void;
  onStartOver: () => void;
  onClose: () => void;
}) {
  const { method, lesson, why, notFixed, also } = props.advice;
  const data = useAppState((s) => s.dataset);
  const unfit = data ? variantUnfit(data, method) : 'no dataset is open';
  const use = () => {
    appStore.getState().setMethod(method);
    appStore.getState().closeCompare();
    props.onClose();
  };
  return (
    <section className="guide-advice" aria-labelledby="guide-advice-title">
      <h3 id="guide-advice-title" tabIndex={-1}>
        Try {method}
      </h3>
      <p>{why}</p>
      <p>
        <strong>What it would not fix:</strong> {notFixed}
      </p>
      {also.length > 0 && (
        <p>
          Also worth a look:{' '}
          {also.map((a, i) => `${i > 0 ? '; ' : ''}${a.method} (${a.because})`).join('')}.
        </p>
      )}
      <div className="guide-buttons">
        <a className="guide-lesson" href={`?lesson=${lesson}`}>
          Open lesson
        </a>
        <button
          type="button"
          className="primary"
          onClick={use}
          disabled={unfit !== null}
          aria-describedby={unfit ? 'guide-unfit' : undefined}
        >
          Use {method} here
        </button>
        <button type="button" onClick={props.onBack}>
          Back
        </button>
        <button type="button" onClick={props.onStartOver}>
          Start over
        </button>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
      {unfit && (
        <p id="guide-unfit" className="guide-unfit">
          {method} does not fit the open dataset: {unfit}.
        </p>
      )}
    </section>
  );
}
