import { createRoot } from 'react-dom/client';
import { Options } from './Options.tsx';
import '../popup/style.css';
import './options.css';

createRoot(document.getElementById('root')!).render(<Options />);
