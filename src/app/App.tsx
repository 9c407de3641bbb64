import { Scatterplot } from '../plot/Scatterplot';
import { Controls } from '../ui/Controls';
import { ChooseVariant } from '../ui/compare/ChooseVariant';
import { CompareView } from '../ui/compare/CompareView';
import { DatasetPicker } from '../ui/DatasetPicker';
import { ControlGroup } from '../ui/display/ControlGroup';
import { DisplayTools } from '../ui/display/DisplayTools';
import { ExportPanel } from '../ui/ExportPanel';
import { EvaluationPanel } from '../ui/evaluation/EvaluationPanel';
import { ExplainCard } from '../ui/explain/ExplainCard';
import { KeyboardHelp } from '../ui/help/KeyboardHelp';
import { Inspector } from '../ui/Inspector';
import { Legend } from '../ui/Legend';
import { LessonBanner } from '../ui/lessons/LessonBanner';
import { LessonEvidence } from '../ui/lessons/LessonEvidence';
import { LessonPicker } from '../ui/lessons/LessonPicker';
import { Notices } from '../ui/Notices';
import { PrivacyNote } from '../ui/PrivacyNote';
import { ResamplePanel } from '../ui/ResamplePanel';
import { RunWarnings } from '../ui/RunWarnings';
import { StepperBar } from '../ui/stepper/StepperBar';
import { DataReport } from '../ui/upload/DataReport';
import { OpenCsvButtons } from '../ui/upload/OpenCsvButtons';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <h1>
            smote-lab <span>see how SMOTE makes synthetic points</span>
          </h1>
          <PrivacyNote />
          <DisplayTools />
        </div>
        <ControlGroup group="dataset">
          <LessonPicker />
          <DatasetPicker />
        </ControlGroup>
        <ControlGroup group="data">
          <OpenCsvButtons />
        </ControlGroup>
        <KeyboardHelp />
      </header>
      <Notices />
      <main className="workspace">
        <div className="plot-column">
          <LessonBanner />
          <Legend />
          <RunWarnings />
          <Scatterplot />
          <ControlGroup group="stepper">
            <StepperBar />
          </ControlGroup>
          <CompareView />
        </div>
        <aside className="sidebar" aria-label="Controls and inspector">
          <ControlGroup group="data">
            <DataReport />
          </ControlGroup>
          <LessonEvidence />
          <ControlGroup group="method">
            <ResamplePanel />
            <ChooseVariant />
          </ControlGroup>
          <ControlGroup group="export">
            <ExportPanel />
          </ControlGroup>
          <ControlGroup group="walkthrough">
            <Controls />
          </ControlGroup>
          <ControlGroup group="inspector">
            <Inspector />
          </ControlGroup>
          <ControlGroup group="explain">
            <ExplainCard />
          </ControlGroup>
          <ControlGroup group="evaluation">
            <EvaluationPanel />
          </ControlGroup>
        </aside>
      </main>
    </div>
  );
}
