/** Side-effect entry: defines every successkit tag. */
import './successkit-provider/define.ts';
